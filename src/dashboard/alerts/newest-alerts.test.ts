import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { testAlertRow } from "./internal/alert-fixtures.js";
import { NewestAlerts, newestFirst } from "./newest-alerts.js";

describe("NewestAlerts", () => {
  test("keeps the newest `limit` rows whatever the arrival order, and counts every row added", () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => testAlertRow(i));
    // A fixed shuffle: every 7th from the middle, so old and new arrive mixed.
    const shuffled = rows.map((_, i) => rows[(i * 7 + 500) % rows.length]!);
    const keep = new NewestAlerts(200);
    for (const row of shuffled) keep.add(row);
    assert.equal(keep.seen, 1_000);
    const kept = keep.rows();
    assert.equal(kept.length, 200);
    assert.deepEqual(
      kept.map((r) => r.id),
      rows
        .slice(800)
        .reverse()
        .map((r) => r.id),
    );
  });

  test("fewer rows than the limit are all kept, newest first", () => {
    const keep = new NewestAlerts(5);
    for (const minutes of [3, 1, 2]) keep.add(testAlertRow(minutes));
    assert.deepEqual(
      keep.rows().map((r) => r.raisedAtMs),
      [3, 2, 1].map((m) => Date.UTC(2026, 5, 1, 0, m)),
    );
  });

  test("a limit of zero keeps nothing but still counts", () => {
    const keep = new NewestAlerts(0);
    keep.add(testAlertRow(1));
    assert.deepEqual(keep.rows(), []);
    assert.equal(keep.seen, 1);
    assert.throws(() => new NewestAlerts(-1), RangeError);
  });

  test("equal instants are ordered by tenant then id, so the order does not depend on arrival", () => {
    const a = testAlertRow(5, { tenantId: "t2", id: "b" });
    const b = testAlertRow(5, { tenantId: "t1", id: "z" });
    const c = testAlertRow(5, { tenantId: "t1", id: "a" });
    assert.deepEqual(
      [a, b, c].sort(newestFirst).map((r) => r.id),
      ["a", "z", "b"],
    );
  });
});
