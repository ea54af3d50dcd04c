import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { fileTimeToMs, parseGeneralizedTime } from "./ad-time.js";

describe("fileTimeToMs", () => {
  test("converts 100-ns intervals since 1601 beyond 2^53 exactly", () => {
    assert.equal(fileTimeToMs("134379954000000000"), Date.parse("2026-11-01T08:30:00Z"));
    assert.equal(fileTimeToMs("116444736000000000"), 0, "the Unix epoch");
    assert.equal(fileTimeToMs(" 133809732000000000 "), Date.parse("2025-01-10T09:00:00Z"));
  });

  test("treats 0 and the maximum as never", () => {
    assert.equal(fileTimeToMs("0"), undefined);
    assert.equal(fileTimeToMs("9223372036854775807"), undefined);
  });

  test("rejects text that is not an integer", () => {
    assert.throws(() => fileTimeToMs("11/1/2026"), /not a Windows FILETIME integer/);
  });
});

describe("parseGeneralizedTime", () => {
  test("reads AD's whenChanged and other RFC 4517 forms", () => {
    assert.equal(parseGeneralizedTime("20261101083000.0Z"), Date.parse("2026-11-01T08:30:00Z"));
    assert.equal(parseGeneralizedTime("20261101083000Z"), Date.parse("2026-11-01T08:30:00Z"));
    assert.equal(parseGeneralizedTime("202611010830Z"), Date.parse("2026-11-01T08:30:00Z"));
    assert.equal(parseGeneralizedTime("20261101083000.5+0100"), Date.parse("2026-11-01T07:30:00.500Z"));
  });

  test("rejects missing zones and impossible dates", () => {
    assert.throws(() => parseGeneralizedTime("20261101083000"), /not an LDAP GeneralizedTime/);
    assert.throws(() => parseGeneralizedTime("20260231083000Z"), /no such date/);
  });
});
