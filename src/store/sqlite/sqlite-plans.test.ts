import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openStore } from "../open-store.js";
import type { PlanRecord } from "../plan-repository.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-plans-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const store = openStore(join(dir, "state.db"));
after(() => store.close());

function plan(id: string, createdAt: string, decisions: unknown[]): PlanRecord {
  return {
    id,
    createdAt,
    expiresAt: "2030-01-01T00:00:00.000Z",
    contentHash: `hash-${id}`,
    summary: { delete: decisions.length },
    decisions,
  };
}

test("a saved plan comes back with its decisions in order", async () => {
  const decisions = [{ action: "delete", host: "a" }, { action: "keep", host: "b" }, null];
  await store.plans.save(plan("p1", "2026-01-01T00:00:00.000Z", decisions));
  assert.deepEqual(await store.plans.get("p1"), plan("p1", "2026-01-01T00:00:00.000Z", decisions));
  assert.equal(await store.plans.get("missing"), undefined);
});

test("saving a plan again replaces its decisions", async () => {
  await store.plans.save(plan("p2", "2026-01-02T00:00:00.000Z", [1, 2, 3]));
  await store.plans.save(plan("p2", "2026-01-02T00:00:00.000Z", ["edited"]));
  assert.deepEqual((await store.plans.get("p2"))?.decisions, ["edited"]);
});

test("list shows plans newest first with decision counts but no decisions", async () => {
  const listed = await store.plans.list();
  assert.deepEqual(
    listed.map((p) => [p.id, p.decisionCount]),
    [
      ["p2", 1],
      ["p1", 3],
    ],
  );
  assert.equal("decisions" in (listed[0] ?? {}), false);
});

test("a 100k-decision plan saves, streams and loads completely and in order", async () => {
  const decisions = Array.from({ length: 100_000 }, (_, i) => ({
    endpointId: `e${i}`,
    action: i % 3 ? "keep" : "delete",
  }));
  const started = performance.now();
  await store.plans.save(plan("big", "2026-02-01T00:00:00.000Z", decisions));
  const saved = performance.now();
  let streamed = 0;
  for await (const decision of store.plans.decisions("big")) {
    if (streamed === 99_999) assert.deepEqual(decision, decisions[99_999]);
    streamed += 1;
  }
  const loaded = await store.plans.get("big");
  const done = performance.now();
  assert.equal(streamed, 100_000);
  assert.equal(loaded?.decisions.length, 100_000);
  console.log(
    `100k decisions: save ${Math.round(saved - started)} ms, stream+load ${Math.round(done - saved)} ms`,
  );
});

test("remove deletes a plan and its decisions", async () => {
  assert.equal(await store.plans.remove("p1"), true);
  assert.equal(await store.plans.remove("p1"), false);
  assert.equal(await store.plans.get("p1"), undefined);
});
