import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { ColumnError, mapColumns } from "./export-columns.js";

describe("mapColumns", () => {
  test("maps Get-ADComputer's columns case-insensitively and ignores the other known ones", () => {
    const header = [
      "DistinguishedName",
      "dnshostname",
      "Enabled",
      "LastLogonDate",
      "Name",
      "ObjectGUID",
      "SID",
      "WhenChanged",
      "PropertyCount",
    ];
    assert.deepEqual(mapColumns(header), {
      distinguishedName: 0,
      dnsHostName: 1,
      enabled: 2,
      lastLogonDate: 3,
      name: 4,
      whenChanged: 7,
    });
  });

  test("suggests the column a misspelling was meant to be, even when unknown columns are allowed", () => {
    assert.throws(
      () => mapColumns(["Name", "OperatingSystemVersoin"], true),
      /unknown column "OperatingSystemVersoin": did you mean "OperatingSystemVersion"\?/,
    );
    assert.throws(() => mapColumns(["Name", "Last Logon Date"], true), /did you mean "LastLogonDate"/);
  });

  test("rejects other unknown columns unless allowed", () => {
    assert.throws(
      () => mapColumns(["Name", "Colour"]),
      (error: unknown) => error instanceof ColumnError && /not a Get-ADComputer property/.test(error.message),
    );
    assert.deepEqual(mapColumns(["Name", "Colour"], true), { name: 0 });
  });

  test("requires Name and refuses duplicates", () => {
    assert.throws(() => mapColumns(["DNSHostName"]), /missing required column "Name" \(found: DNSHostName\)/);
    assert.throws(() => mapColumns(["Name", "name"]), /column "name" appears twice \(columns 1 and 2\)/);
  });
});
