import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { UsageError } from "./cli-error.js";
import { parseIntegerFlag, parsePointInTime } from "./parse-time.js";

const now = new Date("2026-11-23T12:00:00.000Z");

describe("parsePointInTime", () => {
  test("ages count back from now", () => {
    assert.equal(parsePointInTime("--x", "90d", now).toISOString(), "2026-08-25T12:00:00.000Z");
    assert.equal(parsePointInTime("--x", "12h", now).toISOString(), "2026-11-23T00:00:00.000Z");
  });

  test("ISO-8601 durations as the Sophos API takes them", () => {
    assert.equal(parsePointInTime("--x", "-P1DT2H", now).toISOString(), "2026-11-22T10:00:00.000Z");
  });

  test("ISO dates pass through", () => {
    assert.equal(parsePointInTime("--x", "2026-01-31", now).toISOString(), "2026-01-31T00:00:00.000Z");
  });

  test("anything else names the flag and shows examples", () => {
    assert.throws(
      () => parsePointInTime("--last-seen-before", "last tuesday", now),
      (error: unknown) => {
        assert.ok(error instanceof UsageError);
        assert.match(error.message, /--last-seen-before "last tuesday".*90d/);
        return true;
      },
    );
  });
});

describe("parseIntegerFlag", () => {
  test("rejects values out of range with the bounds", () => {
    assert.equal(parseIntegerFlag("--days", "7", 1, 90), 7);
    assert.throws(
      () => parseIntegerFlag("--days", "91", 1, 90),
      /--days "91" must be a whole number from 1 to 90/,
    );
    assert.throws(() => parseIntegerFlag("--days", "x", 1, 90), UsageError);
  });
});
