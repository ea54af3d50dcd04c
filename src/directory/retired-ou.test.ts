import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { domainDnOf, domainFromDn } from "./domain-from-dn.js";
import { normaliseDn } from "./normalise-dn.js";
import { parseDn } from "./parse-dn.js";
import { findRetiredOu, isInRetiredOu } from "./retired-ou.js";

const DISABLED = "OU=Disabled Computers,DC=corp,DC=example,DC=com";

describe("isInRetiredOu", () => {
  test("matches objects below the OU, ignoring case and spacing", () => {
    assert.ok(isInRetiredOu("CN=WS-RETIRED-04,OU=Disabled Computers,DC=corp,DC=example,DC=com", [DISABLED]));
    assert.ok(isInRetiredOu("cn=ws1, ou=disabled computers, dc=CORP, dc=example, dc=com", [DISABLED]));
    assert.ok(
      isInRetiredOu("CN=WS1,OU=2024,OU=Disabled Computers,DC=corp,DC=example,DC=com", [
        "ou = Disabled Computers , dc=corp,dc=example,dc=com",
      ]),
    );
  });

  test("does not match the OU itself, look-alike OUs, other domains or unparseable DNs", () => {
    assert.equal(isInRetiredOu(DISABLED, [DISABLED]), false);
    assert.equal(
      isInRetiredOu("CN=WS1,OU=Disabled Computers Old,DC=corp,DC=example,DC=com", [DISABLED]),
      false,
    );
    assert.equal(isInRetiredOu("CN=WS1,OU=Disabled Computers,DC=lab,DC=example,DC=net", [DISABLED]), false);
    assert.equal(isInRetiredOu("CN=WS1,OU=Workstations,DC=corp,DC=example,DC=com", [DISABLED]), false);
    assert.equal(isInRetiredOu("not a dn", [DISABLED]), false);
    assert.equal(isInRetiredOu("", [DISABLED]), false);
  });

  test("an OU without DC= parts matches that path at the root of any domain", () => {
    const ous = ["OU=Disabled Computers"];
    assert.ok(isInRetiredOu("CN=WS1,OU=Disabled Computers,DC=corp,DC=example,DC=com", ous));
    assert.ok(isInRetiredOu("CN=WS1,OU=Disabled Computers,DC=lab,DC=example,DC=net", ous));
    assert.equal(
      isInRetiredOu("CN=WS1,OU=Disabled Computers,OU=Branch,DC=corp,DC=example,DC=com", ous),
      false,
    );
  });

  test("says which OU matched and rejects a misconfigured OU", () => {
    assert.equal(
      findRetiredOu("CN=X,OU=Old,DC=corp", ["OU=Gone,DC=corp", "OU=Old,DC=corp"]),
      "OU=Old,DC=corp",
    );
    assert.throws(
      () => isInRetiredOu("CN=X,OU=Old,DC=corp", ["Disabled Computers"]),
      /not a distinguished name/,
    );
  });

  test("compares escaped characters by value", () => {
    assert.ok(isInRetiredOu("CN=WS1,OU=Retired\\2C Old,DC=corp", ["OU=Retired\\, Old,DC=corp"]));
  });
});

describe("DN helpers", () => {
  test("parseDn decodes escapes, including multi-byte hex escapes", () => {
    assert.deepEqual(parseDn("CN=Smith\\, John,OU=M\\C3\\BCnchen,DC=corp"), [
      { type: "cn", value: "Smith, John" },
      { type: "ou", value: "München" },
      { type: "dc", value: "corp" },
    ]);
    assert.throws(() => parseDn("CN=a,"), /not a distinguished name/);
  });

  test("normaliseDn gives one key for equivalent spellings", () => {
    assert.equal(normaliseDn("CN=A B , OU=X,DC=corp"), normaliseDn("cn=a b,ou=x,dc=CORP"));
  });

  test("domainFromDn and domainDnOf read the DC= suffix", () => {
    assert.equal(domainFromDn("CN=WS1,OU=W,DC=Corp,DC=Example,DC=com"), "corp.example.com");
    assert.equal(domainFromDn("CN=WS1,OU=W"), undefined);
    assert.equal(domainDnOf("cn=ws1,ou=w,dc=corp,dc=example,dc=com"), "DC=corp,DC=example,DC=com");
  });
});
