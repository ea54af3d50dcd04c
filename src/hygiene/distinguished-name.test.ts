import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { domainFromDn, isUnderDn, normaliseDn, ouLabel } from "./distinguished-name.js";

describe("distinguished names", () => {
  test("normalising ignores case and blanks around separators", () => {
    assert.equal(
      normaliseDn(" CN=PC1, OU = Disabled Computers ,DC=corp, DC=example,DC=com "),
      "cn=pc1,ou=disabled computers,dc=corp,dc=example,dc=com",
    );
  });

  test("a DN below an OU, or the OU itself, is under it", () => {
    const ou = normaliseDn("OU=Disabled Computers,DC=corp,DC=example,DC=com");
    assert.equal(isUnderDn(normaliseDn("CN=PC1,OU=Disabled Computers,DC=corp,DC=example,DC=com"), ou), true);
    assert.equal(
      isUnderDn(normaliseDn("CN=PC1,OU=Old,OU=Disabled Computers,DC=corp,DC=example,DC=com"), ou),
      true,
    );
    assert.equal(isUnderDn(ou, ou), true);
  });

  test("a suffix that is not a whole RDN does not count", () => {
    const ou = normaliseDn("OU=Computers,DC=corp,DC=com");
    assert.equal(isUnderDn(normaliseDn("CN=PC1,OU=Disabled Computers,DC=corp,DC=com"), ou), false);
    assert.equal(isUnderDn(normaliseDn("CN=PC1,OU=Computers,DC=lab,DC=corp,DC=com"), ou), false);
  });

  test("an escaped comma inside a value is not an RDN boundary", () => {
    const ou = normaliseDn("OU=Computers,DC=corp,DC=com");
    assert.equal(isUnderDn(normaliseDn("CN=Old\\,OU=Computers,DC=corp,DC=com"), ou), false);
  });

  test("the DNS domain comes from the DC parts", () => {
    assert.equal(domainFromDn("CN=PC1,OU=Lab,DC=Corp,DC=Example,DC=com"), "corp.example.com");
    assert.equal(domainFromDn("CN=PC1,OU=Lab"), undefined);
  });

  test("an OU's label drops the domain parts for sentences", () => {
    assert.equal(ouLabel("OU=Disabled Computers,DC=corp,DC=example,DC=com"), "OU=Disabled Computers");
  });
});
