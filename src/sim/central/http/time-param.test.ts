import { strict as assert } from "node:assert";
import { test } from "node:test";
import { applyDuration, parseTimeParam } from "./time-param.js";

const now = Date.parse("2025-03-31T12:00:00.000Z");

test("ISO-8601 durations are applied to now, in both directions", () => {
  assert.equal(parseTimeParam("-P90D", "x", now), now - 90 * 86_400_000);
  assert.equal(parseTimeParam("-PT2H", "x", now), now - 7_200_000);
  assert.equal(parseTimeParam("-PT20M", "x", now), now - 1_200_000);
  assert.equal(parseTimeParam("-P3DT4H5M0S", "x", now), now - ((3 * 24 + 4) * 3600 + 5 * 60) * 1000);
  assert.equal(parseTimeParam("P1W", "x", now), now + 7 * 86_400_000);
});

test("month and year steps follow the calendar, clamped to the end of a shorter month", () => {
  assert.equal(new Date(applyDuration("-P1M", now)!).toISOString(), "2025-02-28T12:00:00.000Z");
  assert.equal(new Date(applyDuration("-P1Y2M", now)!).toISOString(), "2024-01-31T12:00:00.000Z");
});

test("date-times with or without milliseconds or offsets, and bare dates, are accepted", () => {
  assert.equal(parseTimeParam("2024-05-01T10:00:00Z", "x", now), Date.parse("2024-05-01T10:00:00Z"));
  assert.equal(parseTimeParam("2024-05-01T10:00:00.123Z", "x", now), Date.parse("2024-05-01T10:00:00.123Z"));
  assert.equal(parseTimeParam("2024-05-01T12:00:00+02:00", "x", now), Date.parse("2024-05-01T10:00:00Z"));
  assert.equal(parseTimeParam("2024-05-01", "x", now), Date.parse("2024-05-01T00:00:00Z"));
});

test("anything else is a 400 naming the parameter", () => {
  for (const bad of ["yesterday", "P", "-PT", "2024-13-01T00:00:00Z", "90"]) {
    assert.throws(
      () => parseTimeParam(bad, "lastSeenBefore", now),
      (e: Error & { status?: number }) => e.status === 400 && /lastSeenBefore/.test(e.message),
      bad,
    );
  }
});
