import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, test } from "node:test";
import { TEST_ESCROW_KEY } from "./helpers/hygiene-fixture.js";
import { planIdOf, startScenario, type Scenario } from "./helpers/scenario.js";

const KEY = { env: { CENTRALCTL_ESCROW_KEY: TEST_ESCROW_KEY } };
const DELETE_ROUTE = "DELETE /endpoint/v1/endpoints/{endpointId}";
const deleteCalls = (s: Scenario): number => s.sim.stats.byRoute[DELETE_ROUTE] ?? 0;

async function planWith(s: Scenario, policy: object): Promise<string> {
  const file = join(s.workspace, "guard-policy.json");
  writeFileSync(
    file,
    JSON.stringify({ exclusions: { hostnamePatterns: [s.devices.excluded.hostname] }, ...policy }),
  );
  const run = await s.run([...s.planArgs, "--policy", file]);
  assert.equal(run.code, 0, run.stderr);
  return planIdOf(run);
}

describe("hygiene apply guards", () => {
  test("the circuit breaker refuses a plan deleting more of a tenant than maxDeleteShare", async () => {
    const s = await startScenario();
    try {
      const id = await planWith(s, { maxDeleteShare: 0.05 });
      const run = await s.run(["hygiene", "apply", id, "--apply", "--rate", "0"], KEY);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /circuit breaker/);
      assert.match(run.stderr, new RegExp(`tenant ${s.tenantA.id}: 3 of 30 devices \\(10\\.0%\\)`));
      assert.equal(deleteCalls(s), 0);
    } finally {
      await s.close();
    }
  });

  test("--max-deletes limits one run; the next run carries on where it stopped", async () => {
    const s = await startScenario();
    try {
      const id = await planWith(s, { maxDeleteShare: 0.5 });
      const first = await s.run(
        ["hygiene", "apply", id, "--apply", "--rate", "0", "--max-deletes", "1"],
        KEY,
      );
      assert.equal(first.code, 0, first.stderr);
      assert.equal(deleteCalls(s), 1);
      assert.match(first.stderr, /deferred/);
      const second = await s.run(
        ["hygiene", "apply", id, "--apply", "--rate", "0", "--max-deletes", "1"],
        KEY,
      );
      assert.equal(second.code, 0, second.stderr);
      assert.equal(deleteCalls(s), 2, "one more, none twice");
    } finally {
      await s.close();
    }
  });

  test("--no-escrow deletes without an escrow key, says so, and leaves nothing to recover", async () => {
    const s = await startScenario();
    try {
      const id = await planWith(s, { maxDeleteShare: 0.5 });
      const run = await s.run(["hygiene", "apply", id, "--apply", "--rate", "0", "--no-escrow"]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /--no-escrow: tamper-protection passwords were not kept/);
      assert.equal(s.exists(s.devices.retired[0]!), false);
      const recover = await s.run(["hygiene", "recover", s.devices.retired[0]!.hostname]);
      assert.equal(recover.code, 2);
      assert.match(recover.stderr, /nothing escrowed/);
    } finally {
      await s.close();
    }
  });

  test("an expired plan is refused with a message saying to plan again", async () => {
    const s = await startScenario();
    try {
      const id = await planWith(s, { maxDeleteShare: 0.5, planTtlHours: 0.0002 });
      await sleep(800);
      const run = await s.run(["hygiene", "apply", id, "--apply", "--rate", "0"], KEY);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /expired .*Create a new plan/);
      assert.equal(deleteCalls(s), 0);
    } finally {
      await s.close();
    }
  });

  test("an unknown plan id or a missing plan file is a usage error", async () => {
    const s = await startScenario();
    try {
      const unknown = await s.run(["hygiene", "apply", "plan-20260101T000000Z-000000000000"]);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /no plan plan-20260101T000000Z-000000000000 in the state store/);
      const missing = await s.run(["hygiene", "apply", join(s.workspace, "nope.json")]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nope\.json: no such plan file/);
    } finally {
      await s.close();
    }
  });
});
