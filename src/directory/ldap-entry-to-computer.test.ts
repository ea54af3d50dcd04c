import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { ldapEntryToComputer } from "./ldap-entry-to-computer.js";

describe("ldapEntryToComputer", () => {
  test("normalises an AD entry, whatever the attribute case and value shape", () => {
    const invalid: string[] = [];
    const computer = ldapEntryToComputer(
      {
        dn: "CN=Lab-Win10-07,OU=Workstations,DC=corp,DC=example,DC=com",
        Name: "Lab-Win10-07",
        DNSHostName: ["LAB-WIN10-07.Corp.Example.com"],
        operatingSystemVersion: "10.0 (19045)",
        lastlogontimestamp: "134379954000000000",
        userAccountControl: "4098",
        whenChanged: "20261101083000.0Z",
        managedBy: [],
      },
      "ldaps://dc1",
      (attribute) => invalid.push(attribute),
    );
    assert.deepEqual(computer, {
      name: "LAB-WIN10-07",
      distinguishedName: "CN=Lab-Win10-07,OU=Workstations,DC=corp,DC=example,DC=com",
      enabled: false,
      source: "ldaps://dc1",
      dnsHostName: "lab-win10-07.corp.example.com",
      domain: "corp.example.com",
      operatingSystemVersion: "10.0 (19045)",
      osBuild: 19045,
      lastLogonAt: Date.parse("2026-11-01T08:30:00Z"),
      whenChangedAt: Date.parse("2026-11-01T08:30:00Z"),
    });
    assert.deepEqual(invalid, []);
  });

  test("falls back from name to cn to sAMAccountName, and reports unreadable values instead of failing", () => {
    const invalid: string[] = [];
    const computer = ldapEntryToComputer(
      { dn: "cn=x,dc=lab", sAMAccountName: "WS9$", whenChanged: "yesterday", userAccountControl: "n/a" },
      "ldap://dc",
      (attribute, value) => invalid.push(`${attribute}=${value}`),
    );
    assert.equal(computer.name, "WS9");
    assert.equal(computer.enabled, true);
    assert.equal(computer.whenChangedAt, undefined);
    assert.deepEqual(invalid, ["userAccountControl=n/a", "whenChanged=yesterday"]);
  });
});
