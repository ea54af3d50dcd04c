import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import {
  domainFromDn,
  hasDomain,
  isUnderDn,
  normaliseDn,
  ouLabel,
  withoutDomain,
} from "./distinguished-name.js";

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

  test("withoutDomain strips only the trailing DC= parts, so a domain-less OU matches in every domain", () => {
    assert.equal(
      withoutDomain("cn=pc1,ou=disabled computers,dc=corp,dc=example,dc=com"),
      "cn=pc1,ou=disabled computers",
    );
    assert.equal(withoutDomain("cn=pc1,ou=dc=weird,dc=corp"), "cn=pc1,ou=dc=weird");
    assert.equal(withoutDomain("cn=a\\,dc=b,dc=corp"), "cn=a\\,dc=b");
    assert.equal(withoutDomain("dc=corp,dc=com"), "");
    assert.equal(withoutDomain("cn=pc1,ou=lab"), "cn=pc1,ou=lab");
    assert.equal(hasDomain("ou=disabled computers"), false);
    assert.equal(hasDomain("ou=disabled computers,dc=corp"), true);
  });
});
