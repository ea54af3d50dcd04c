import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { runAgainstSim, tempWorkspace } from "./helpers/run-in-process.js";

const ids = (stdout: string): string[] =>
  stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);

describe("alerts --poll", () => {
  let sim: RunningSimulator;
  const workspace = tempWorkspace();
  const poll = (extra: string[] = []) =>
    runAgainstSim(sim, ["alerts", "--poll", "--days", "30", "--output", "ndjson", ...extra], { workspace });

  before(async () => {
    sim = await startSimulator({ seed: 5, tenants: 3, endpointsPerTenant: 50 });
  });
  after(async () => {
    await sim.close();
  });

  test("three polls over a changing estate deliver every alert exactly once", async () => {
    const delivered: string[] = [];
    const first = await poll();
    assert.equal(first.code, 0, first.stderr);
    delivered.push(...ids(first.stdout));
    const monthAgo = Date.now() - 30 * 86_400_000;
    const initial = sim.estate.tenants.flatMap((t) =>
      t.alerts.filter((a) => Date.parse(a.raisedAt) >= monthAgo),
    );
    assert.equal(delivered.length, initial.length, "the first poll reaches back --days");

    const raised = sim.estate.tenants.map((t) => sim.controls.raiseAlert(t.id).id);
    const second = await poll();
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(
      ids(second.stdout).sort(),
      [...raised].sort(),
      "the second poll delivers only the new alerts",
    );
    delivered.push(...ids(second.stdout));

    const third = await poll();
    assert.equal(third.code, 0, third.stderr);
    assert.deepEqual(ids(third.stdout), [], "nothing new, nothing delivered");

    assert.equal(new Set(delivered).size, delivered.length, "no alert twice");
  });

  test("a poll that fails mid-run repeats nothing it delivered and loses nothing", async () => {
    const tenant = sim.estate.tenants[0]!;
    const burst = Array.from({ length: 250 }, () => sim.controls.raiseAlert(tenant.id).id);
    // The first page of this tenant's alerts arrives, then the API refuses: the run fails part-way.
    sim.controls.script("GET /common/v1/alerts", ["pass", { status: 403 }], { tenantId: tenant.id });
    const failed = await poll();
    assert.equal(failed.code, 3, "the other tenants finished, this one failed");
    assert.match(failed.stderr, new RegExp(tenant.name));
    assert.ok(
      ids(failed.stdout).some((id) => burst.includes(id)),
      "part of the burst was delivered first",
    );
    const retried = await poll();
    assert.equal(retried.code, 0, retried.stderr);
    const all = [...ids(failed.stdout), ...ids(retried.stdout)].filter((id) => burst.includes(id));
    assert.deepEqual([...all].sort(), [...burst].sort(), "every new alert delivered");
    assert.equal(new Set(all).size, all.length, "none delivered twice");
  });

  test("--reset starts over", async () => {
    const again = await poll(["--reset"]);
    assert.equal(again.code, 0, again.stderr);
    assert.ok(ids(again.stdout).length > 0);
  });
});
