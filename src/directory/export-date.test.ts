import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { parseExportDate } from "./export-date.js";
import { createWallClock } from "./wall-clock.js";

const utc = createWallClock("UTC");

describe("parseExportDate", () => {
  test("reads Export-Csv's US format, including 12 AM and 12 PM", () => {
    assert.equal(parseExportDate("11/23/2026 3:04:05 PM", utc), Date.parse("2026-11-23T15:04:05Z"));
    assert.equal(parseExportDate("1/2/2026 12:00:00 AM", utc), Date.parse("2026-01-02T00:00:00Z"));
    assert.equal(parseExportDate("1/2/2026 12:30:00 PM", utc), Date.parse("2026-01-02T12:30:00Z"));
    assert.equal(parseExportDate("1/2/2026 11:59:59 pm", utc), Date.parse("2026-01-02T23:59:59Z"));
    assert.equal(
      parseExportDate("01/02/2026 13:04", utc),
      Date.parse("2026-01-02T13:04:00Z"),
      "24-hour, no seconds",
    );
    assert.equal(parseExportDate("1/2/2026", utc), Date.parse("2026-01-02T00:00:00Z"));
  });

  test("reads ISO 8601 with or without offset and .NET's seven fraction digits", () => {
    assert.equal(parseExportDate("2026-11-23T15:04:05Z", utc), Date.parse("2026-11-23T15:04:05Z"));
    assert.equal(
      parseExportDate("2026-11-23T15:04:05.1234567+01:00", utc),
      Date.parse("2026-11-23T14:04:05.123Z"),
    );
    assert.equal(parseExportDate("2026-11-23 15:04:05", utc), Date.parse("2026-11-23T15:04:05Z"));
    assert.equal(parseExportDate("2026-11-23", utc), Date.parse("2026-11-23T00:00:00Z"));
    assert.equal(parseExportDate("2026-11-23T15:04:05-0530", utc), Date.parse("2026-11-23T20:34:05Z"));
  });

  test("reads ConvertTo-Json's /Date(ms)/, escaped or not, ignoring its offset suffix", () => {
    assert.equal(parseExportDate("/Date(1700000000000)/", utc), 1700000000000);
    assert.equal(parseExportDate("\\/Date(1700000000000+0100)\\/", utc), 1700000000000);
  });

  test("empty means no date", () => {
    assert.equal(parseExportDate("  ", utc), undefined);
  });

  test("rejects impossible and unknown dates with a reason", () => {
    assert.throws(
      () => parseExportDate("13/45/2026 3:04:05 PM", utc),
      /month 13 does not exist .*M\/d\/yyyy/,
    );
    assert.throws(
      () => parseExportDate("2/29/2026 3:04:05 PM", utc),
      /day 29 does not exist in month 2 of 2026/,
    );
    assert.equal(
      parseExportDate("2/29/2028 3:04:05 PM", utc),
      Date.parse("2028-02-29T15:04:05Z"),
      "2028 is a leap year",
    );
    assert.throws(() => parseExportDate("1/2/2026 13:04:05 PM", utc), /hour 13 is not valid with AM\/PM/);
    assert.throws(() => parseExportDate("2026-11-23T25:00:00Z", utc), /time of day out of range/);
    assert.throws(() => parseExportDate("yesterday", utc), /not a date in a known format/);
    assert.throws(() => parseExportDate("23.11.2026 15:04:05", utc), /not a date in a known format/);
  });
});

describe("createWallClock", () => {
  test("converts wall time in an IANA zone, across daylight saving time", () => {
    const berlin = createWallClock("Europe/Berlin");
    assert.equal(berlin(2026, 1, 15, 12, 0, 0, 0), Date.parse("2026-01-15T11:00:00Z"), "CET is UTC+1");
    assert.equal(berlin(2026, 7, 15, 12, 0, 0, 0), Date.parse("2026-07-15T10:00:00Z"), "CEST is UTC+2");
    assert.equal(
      berlin(2026, 3, 29, 3, 30, 0, 0),
      Date.parse("2026-03-29T01:30:00Z"),
      "just after the spring change",
    );
    const newYork = createWallClock("America/New_York");
    assert.equal(parseExportDate("11/23/2026 3:04:05 PM", newYork), Date.parse("2026-11-23T20:04:05Z"));
  });

  test("rejects an unknown zone with the accepted forms", () => {
    assert.throws(
      () => createWallClock("Mars/Olympus"),
      /unknown time zone "Mars\/Olympus": use "local", "UTC" or an IANA name/,
    );
  });
});
