import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { FIXTURES, fixture, read, rejection } from "./export-helpers.js";

describe("readDirectoryFile: ConvertTo-Json", () => {
  test("reads /Date()/ and ISO dates, wrapped DateTimes, booleans and nulls, ignoring ADEntity extras", async () => {
    const computers = await read(fixture("ad-computers.json"));
    assert.equal(computers.length, 3);
    assert.deepEqual(
      { ...computers[0], source: computers[0]?.source.replace(FIXTURES, "") },
      {
        name: "LAB-WIN10-07",
        distinguishedName: "CN=Lab-Win10-07,OU=Workstations,DC=corp,DC=example,DC=com",
        enabled: true,
        source: "ad-computers.json $[0]",
        dnsHostName: "lab-win10-07.corp.example.com",
        domain: "corp.example.com",
        operatingSystem: "Windows 10 Enterprise",
        operatingSystemVersion: "10.0 (19045)",
        osBuild: 19045,
        lastLogonAt: 1793521800000,
        whenChangedAt: 1793521872000,
        managedBy: "CN=Ceo Person,OU=Users,DC=corp,DC=example,DC=com",
      },
    );
    assert.equal(computers[1]?.enabled, false);
    assert.equal(computers[1]?.lastLogonAt, Date.parse("2025-01-10T09:00:00Z"));
    assert.equal(computers[2]?.domain, "lab.example.net");
    assert.equal(computers[2]?.lastLogonAt, undefined);
  });

  test("accepts the single object ConvertTo-Json writes for one computer", async () => {
    const [solo] = await read(fixture("ad-computer-single.json"));
    assert.equal(solo?.name, "SOLO-01");
    assert.equal(solo?.enabled, true);
  });

  test("a bad value is reported by JSON path", async () => {
    const error = await rejection(fixture("bad-date.json"));
    assert.match(
      error.message,
      /bad-date\.json \$\.computers\[1\]\.LastLogonDate: LastLogonDate: bad date "yesterday"/,
    );
    assert.equal(error.jsonPath, "$.computers[1].LastLogonDate");
  });

  test("invalid JSON is reported with its line, and the format is sniffed without a .json extension", async () => {
    const error = await rejection(fixture("bad-syntax-json.txt"));
    assert.equal(error.line, 3);
    assert.match(error.message, /bad-syntax-json\.txt:3: invalid JSON/);
  });
});
