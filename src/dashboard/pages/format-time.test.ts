import assert from "node:assert/strict";
import { test } from "node:test";
import { formatAge, formatTime } from "./format-time.js";

const now = new Date("2026-03-10T12:00:00Z");

test("ages read in the coarsest useful unit, and a future time is not a negative age", () => {
  assert.equal(formatAge("2026-03-10T11:59:30Z", now), "just now");
  assert.equal(formatAge("2026-03-10T11:15:00Z", now), "45 min ago");
  assert.equal(formatAge("2026-03-10T07:00:00Z", now), "5 h ago");
  assert.equal(formatAge("2026-03-07T12:00:00Z", now), "3 d ago");
  assert.equal(formatAge("2026-03-10T14:00:00Z", now), "in 2 h");
  assert.equal(formatAge("not a time", now), "unknown");
});

test("times are shown in UTC to the minute, whatever zone they were written in", () => {
  assert.equal(formatTime("2026-03-01T10:00:59.123Z"), "2026-03-01 10:00 UTC");
  assert.equal(formatTime("2026-03-01T12:00:00+02:00"), "2026-03-01 10:00 UTC");
  assert.equal(formatTime("garbage"), "garbage");
});
