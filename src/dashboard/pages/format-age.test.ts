import assert from "node:assert/strict";
import { test } from "node:test";
import { counted, formatAge, formatBytes, formatTime } from "./format-age.js";

const now = new Date("2026-03-10T12:00:00Z");

test("ages read in the coarsest useful unit, and a future time is not a negative age", () => {
  assert.equal(formatAge("2026-03-10T11:59:30Z", now), "just now");
  assert.equal(formatAge("2026-03-10T11:15:00Z", now), "45 min ago");
  assert.equal(formatAge("2026-03-10T07:00:00Z", now), "5 h ago");
  assert.equal(formatAge("2026-03-07T12:00:00Z", now), "3 d ago");
  assert.equal(formatAge("2026-03-10T14:00:00Z", now), "in 2 h");
  assert.equal(formatAge("not a time", now), "unknown");
});

test("times are shown in UTC to the minute and sizes in B, KB, MB", () => {
  assert.equal(formatTime("2026-03-01T10:00:59.123Z"), "2026-03-01 10:00 UTC");
  assert.equal(formatBytes(512), "512 B");
  assert.equal(formatBytes(3 * 1024 + 512), "3.5 KB");
  assert.equal(formatBytes(5 * 1024 * 1024), "5.0 MB");
});

test("counts read naturally in the singular and the plural", () => {
  assert.equal(counted(1, "device"), "1 device");
  assert.equal(counted(3, "device"), "3 devices");
  assert.equal(counted(2, "entry", "entries"), "2 entries");
});
