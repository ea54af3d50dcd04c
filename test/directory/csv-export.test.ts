import { strict as assert } from "node:assert";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { FIXTURES, fixture, read } from "./export-helpers.js";

describe("readDirectoryFile: Get-ADComputer | Export-Csv", () => {
  test("normalises every row of a real-shaped export, in order, with file:line sources", async () => {
    const computers = await read(fixture("ad-computers.csv"));
    assert.deepEqual(
      computers.map((c) => [c.name, c.domain, c.enabled, c.source.replace(FIXTURES, "")]),
      [
        ["LAB-WIN10-07", "corp.example.com", true, "ad-computers.csv:2"],
        ["WS-FINANCE-01", "corp.example.com", true, "ad-computers.csv:3"],
        ["WS-NODNS-02", "corp.example.com", true, "ad-computers.csv:4"],
        ["WS-RETIRED-04", "corp.example.com", false, "ad-computers.csv:5"],
        ["LAB-WIN10-07", "lab.example.net", true, "ad-computers.csv:6"],
        ["SRV-FILE-01", "corp.example.com", true, "ad-computers.csv:7"],
      ],
    );
    assert.deepEqual(computers[0], {
      name: "LAB-WIN10-07",
      distinguishedName: "CN=Lab-Win10-07,OU=Workstations,DC=corp,DC=example,DC=com",
      enabled: true,
      source: `${fixture("ad-computers.csv")}:2`,
      dnsHostName: "lab-win10-07.corp.example.com",
      domain: "corp.example.com",
      operatingSystem: "Windows 10 Enterprise",
      operatingSystemVersion: "10.0 (19045)",
      osBuild: 19045,
      lastLogonAt: Date.parse("2026-11-01T08:30:00Z"),
      whenChangedAt: Date.parse("2026-11-01T08:31:12Z"),
    });
    assert.equal(computers[1]?.lastLogonAt, Date.parse("2026-10-20T17:45:00Z"), "US PM time");
    assert.equal(computers[1]?.whenChangedAt, Date.parse("2026-10-20T17:45:00Z"), "ISO with Z");
    assert.equal(computers[2]?.lastLogonAt, undefined, "an empty date is no date");
    assert.equal(
      computers[5]?.lastLogonAt,
      Date.parse("2026-06-15T12:00:00Z"),
      "ISO without offset, read in the zone",
    );
  });

  test("zone-less dates are read in the configured time zone", async () => {
    const [berlin] = await read(fixture("ad-computers.csv"), { timeZone: "Europe/Berlin" });
    assert.equal(berlin?.lastLogonAt, Date.parse("2026-11-01T07:30:00Z"), "08:30 CET is 07:30 UTC");
  });

  test("tolerates a #TYPE line, a UTF-8 BOM, LF endings and a ManagedBy column; NetBIOS from options", async () => {
    const computers = await read(fixture("ad-computers-typeline.csv"), {
      netbiosDomains: { "corp.example.com": "corp" },
    });
    assert.equal(computers.length, 2);
    assert.equal(computers[0]?.name, "CEO-LAPTOP");
    assert.equal(computers[0]?.source.endsWith("ad-computers-typeline.csv:3"), true);
    assert.equal(computers[0]?.managedBy, "CN=Ceo Person,OU=Users,DC=corp,DC=example,DC=com");
    assert.equal(computers[0]?.netbiosDomain, "CORP");
    assert.equal(computers[0]?.osBuild, 26100);
    assert.equal(computers[0]?.lastLogonAt, Date.parse("2026-11-23T15:04:05Z"));
    assert.deepEqual(computers[1], {
      name: "KIOSK-01",
      distinguishedName: "",
      enabled: false,
      source: `${fixture("ad-computers-typeline.csv")}:4`,
    });
  });

  test("reads UTF-16 LE exports (Windows PowerShell's Out-File) like UTF-8", async () => {
    const dir = await mkdtemp(join(tmpdir(), "centralctl-dir-"));
    try {
      const text = await readFile(fixture("ad-computers.csv"), "utf8");
      const file = join(dir, "utf16.csv");
      await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
      assert.deepEqual(
        (await read(file)).map((c) => c.name),
        (await read(fixture("ad-computers.csv"))).map((c) => c.name),
      );
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  test("the csv-parse engine gives the same computers", async () => {
    for (const name of ["ad-computers.csv", "ad-computers-typeline.csv"]) {
      assert.deepEqual(await read(fixture(name), { csvEngine: "csv-parse" }), await read(fixture(name)));
    }
  });
});
