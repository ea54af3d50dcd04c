import assert from "node:assert/strict";
import { after, test } from "node:test";
import { openStore, type PlanRecord } from "../../store/index.js";
import { decision } from "./internal/page-fixtures.js";
import { planDecisions } from "./plan-decisions.js";

const store = openStore(":memory:");
after(() => store.close());

function record(contentHash: string, hostnames: string[]): PlanRecord {
  return {
    id: "plan-edited",
    createdAt: "2026-03-10T00:00:00Z",
    expiresAt: "2026-03-13T00:00:00Z",
    contentHash,
    summary: {},
    decisions: [...hostnames.map((h, i) => decision("review", `ep-${i}`, h)), { not: "a decision" }],
  };
}

test("a plan saved again under the same id is read again, not served from the old copy", async () => {
  await store.plans.save(record("hash-1", ["FIRST"]));
  const first = await planDecisions(store, { id: "plan-edited", contentHash: "hash-1" });
  assert.deepEqual(
    first.decisions.map((d) => d.hostname),
    ["FIRST"],
  );
  assert.equal(first.unreadable, 1);
  await store.plans.save(record("hash-2", ["SECOND", "THIRD"]));
  const second = await planDecisions(store, { id: "plan-edited", contentHash: "hash-2" });
  assert.deepEqual(
    second.decisions.map((d) => d.hostname),
    ["SECOND", "THIRD"],
  );
  assert.deepEqual(second.reasons, ["vip_user"]);
  assert.equal(await planDecisions(store, { id: "plan-edited", contentHash: "hash-2" }), second, "cached");
});
