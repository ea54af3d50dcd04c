import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { fixture, read, rejection } from "./export-helpers.js";

describe("readDirectoryFile: bad CSV files name file:line and yield nothing", () => {
  const cases: [file: string, message: RegExp][] = [
    ["bad-line.csv", /bad-line\.csv:4: unparseable line: 5 fields where the header has 4/],
    [
      "bad-quote.csv",
      /bad-quote\.csv:3: unparseable line: unexpected text after the closing quote of column 3/,
    ],
    ["bad-column.csv", /bad-column\.csv:1: unknown column "LastLogonDat": did you mean "LastLogonDate"\?/],
    ["unknown-column.csv", /unknown-column\.csv:1: unknown column "Colour": not a Get-ADComputer property/],
    [
      "missing-name.csv",
      /missing-name\.csv:1: missing required column "Name" \(found: DNSHostName, Enabled, LastLogonDate\)/,
    ],
    [
      "bad-date.csv",
      /bad-date\.csv:4: LastLogonDate: bad date "13\/45\/2026 8:30:00 AM": month 13 does not exist/,
    ],
    ["bad-enabled.csv", /bad-enabled\.csv:3: Enabled: bad value "Maybe": expected True or False/],
  ];
  for (const [file, message] of cases) {
    test(`${file}`, async () => {
      const error = await rejection(fixture(file));
      assert.match(error.message, message);
      assert.equal(error.file, fixture(file));
    });
  }

  test("both engines report the same line for a bad line", async () => {
    const fast = await rejection(fixture("bad-line.csv"));
    const reference = await rejection(fixture("bad-line.csv"), { csvEngine: "csv-parse" });
    assert.equal(fast.line, 4);
    assert.equal(reference.line, 4);
  });

  test("unknown columns may be allowed, but a misspelling of a column we read never is", async () => {
    assert.equal((await read(fixture("unknown-column.csv"), { allowUnknownColumns: true })).length, 1);
    await rejection(fixture("bad-column.csv"), { allowUnknownColumns: true });
  });

  test("a missing file is a DirectoryFileError that names it", async () => {
    const error = await rejection(fixture("no-such-file.csv"));
    assert.match(error.message, /no-such-file\.csv: cannot read: no such file/);
  });
});
