import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import type { Endpoint } from "../../central/types.js";
import type { QuarantineRecord } from "../../store/index.js";
import type { RecheckVerdict } from "../apply/recheck-endpoint.js";
import { decideQuarantineStep } from "./decide-quarantine-step.js";

const DAY = 86_400_000;
const NOW = Date.parse("2026-03-01T00:00:00Z");
const endpoint: Endpoint = {
  id: "e1",
  type: "computer",
  tenant: { id: "t1" },
  hostname: "PC-01",
  group: { id: "g-fin", name: "Finance" },
};
const inactive: RecheckVerdict = { kind: "still_inactive", endpoint };
const record = (daysAgo: number, state: QuarantineRecord["state"] = "quarantined"): QuarantineRecord => ({
  tenantId: "t1",
  endpointId: "e1",
  hostname: "PC-01",
  group: { id: "g-q", name: "Pending removal" },
  originalGroup: { id: "g-fin", name: "Finance" },
  state,
  quarantinedAt: new Date(NOW - daysAgo * DAY).toISOString(),
  updatedAt: new Date(NOW).toISOString(),
});
const decide = (verdict: RecheckVerdict, r: QuarantineRecord | undefined) =>
  decideQuarantineStep({ verdict, record: r, graceDays: 14, groupName: "Pending removal", now: NOW });

describe("decideQuarantineStep", () => {
  test("an inactive device not yet quarantined is moved in, remembering its group", () => {
    assert.deepEqual(decide(inactive, undefined), {
      kind: "quarantine",
      endpoint,
      originalGroup: { id: "g-fin", name: "Finance" },
    });
  });

  test("a released or deleted record does not count: the device is quarantined afresh", () => {
    assert.equal(decide(inactive, record(30, "released")).kind, "quarantine");
  });

  test("a device already sitting in the quarantine group has no original group to go back to", () => {
    const inGroup = { ...endpoint, group: { id: "g-q", name: "pending REMOVAL" } };
    const step = decide({ kind: "still_inactive", endpoint: inGroup }, undefined);
    assert.deepEqual(step, { kind: "quarantine", endpoint: inGroup, originalGroup: null });
  });

  test("inside the grace period it waits, counting the days left", () => {
    assert.deepEqual(decide(inactive, record(3)), { kind: "wait", daysIn: 3, daysLeft: 11 });
    assert.deepEqual(decide(inactive, record(13.5)), { kind: "wait", daysIn: 13, daysLeft: 1 });
  });

  test("after the whole grace period, still inactive, it is deleted", () => {
    assert.deepEqual(decide(inactive, record(14)), { kind: "delete_after_grace", endpoint, daysIn: 14 });
  });

  test("a quarantined device that came back is released, however long it waited", () => {
    const back: RecheckVerdict = { kind: "recently_active", clause: "found it online" };
    for (const days of [1, 30]) {
      const step = decide(back, record(days));
      assert.equal(step.kind, "release");
      assert.equal(step.kind === "release" && step.reason, "recently_active");
    }
  });

  test("not quarantined and active again, or another machine now: review as without quarantine", () => {
    assert.deepEqual(decide({ kind: "changed", clause: "renamed" }, undefined), {
      kind: "review",
      reason: "changed",
      clause: "renamed",
    });
    assert.deepEqual(decide({ kind: "gone" }, record(20)), { kind: "gone" });
  });

  test("an unreadable quarantine time waits the full grace period rather than deleting", () => {
    const broken = { ...record(30), quarantinedAt: "not a date" };
    assert.deepEqual(decide(inactive, broken), { kind: "wait", daysIn: 0, daysLeft: 14 });
  });
});
