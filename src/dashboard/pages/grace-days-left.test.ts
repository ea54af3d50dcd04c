import assert from "node:assert/strict";
import { test } from "node:test";
import type { QuarantineRecord } from "../../store/index.js";
import { graceDaysLeft, quarantineStanding } from "./grace-days-left.js";

const now = new Date("2026-03-10T12:00:00Z");
const record = (state: QuarantineRecord["state"], quarantinedAt: string): QuarantineRecord => ({
  tenantId: "t",
  endpointId: "e",
  hostname: "PC",
  group: { id: "g", name: "Pending removal" },
  originalGroup: null,
  state,
  quarantinedAt,
  updatedAt: quarantinedAt,
});

test("days left round up, so a device with half a day to go is not yet shown as due", () => {
  assert.equal(graceDaysLeft("2026-03-01T12:00:00Z", 14, now), 5);
  assert.equal(graceDaysLeft("2026-02-25T00:00:00Z", 14, now), 1);
  assert.equal(graceDaysLeft("2026-02-24T12:00:00Z", 14, now), 0);
  assert.equal(graceDaysLeft("2026-01-01T00:00:00Z", 14, now) < 0, true);
});

test("a quarantined device is waiting until its grace period ends, then due; other states stay as they are", () => {
  assert.equal(quarantineStanding(record("quarantined", "2026-03-09T00:00:00Z"), 14, now), "waiting");
  assert.equal(quarantineStanding(record("quarantined", "2026-02-01T00:00:00Z"), 14, now), "due");
  assert.equal(quarantineStanding(record("released", "2026-02-01T00:00:00Z"), 14, now), "released");
  assert.equal(quarantineStanding(record("deleted", "2026-02-01T00:00:00Z"), 14, now), "deleted");
});
