import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { openStore } from "../../src/store/index.js";
import { TEST_ESCROW_KEY } from "./helpers/hygiene-fixture.js";
import { planIdOf, startScenario } from "./helpers/scenario.js";
import { partnerClient } from "../central/helpers/sim-client.js";

const KEY = { env: { CENTRALCTL_ESCROW_KEY: TEST_ESCROW_KEY } };
const DELETE_ROUTE = "DELETE /endpoint/v1/endpoints/{endpointId}";

describe("hygiene apply after a crash", () => {
  test("deletions left in doubt by a killed run are settled by read-back and never repeated", async () => {
    const s = await startScenario();
    const client = partnerClient(s.sim);
    try {
      const planned = await s.run(s.planArgs);
      assert.equal(planned.code, 0, planned.stderr);
      const planId = planIdOf(planned);
      const [done, notDone] = s.devices.retired as [
        (typeof s.devices.retired)[0],
        (typeof s.devices.retired)[0],
      ];

      // What a run killed mid-way leaves behind: two `started` entries without a completion; the
      // first delete reached Central before the kill, the second never did.
      const store = openStore(join(s.workspace, "state.db"));
      for (const e of [done, notDone]) {
        await store.journal.append({
          kind: "endpoint.delete",
          actor: "test",
          tenantId: s.tenantA.id,
          endpointId: e.id,
          hostname: e.hostname,
          planId,
          outcome: "started",
        });
      }
      store.close();
      for await (const tenant of client.listTenants()) {
        if (tenant.id === s.tenantA.id) await client.forTenant(tenant).deleteEndpoint(done.id);
      }
      assert.equal(s.exists(done), false);
      const callsBefore = s.sim.stats.byRoute[DELETE_ROUTE] ?? 0;

      const resumed = await s.run(
        ["hygiene", "apply", planId, "--apply", "--rate", "0", "-o", "ndjson"],
        KEY,
      );
      assert.equal(resumed.code, 0, resumed.stderr);
      assert.match(resumed.stderr, /1 in-doubt deletions had happened, 1 had not/);
      const outcomes = new Map(
        resumed.stdout
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l) as { endpointId: string; outcome: string })
          .map((r) => [r.endpointId, r.outcome]),
      );
      assert.equal(
        outcomes.get(done.id),
        "already_deleted",
        "the in-doubt delete that happened is not repeated",
      );
      assert.equal(outcomes.get(notDone.id), "deleted", "the one that never happened is done now");
      const planDeletes = [...outcomes.values()].filter((o) => o === "deleted").length;
      assert.equal((s.sim.stats.byRoute[DELETE_ROUTE] ?? 0) - callsBefore, planDeletes);

      const check = openStore(join(s.workspace, "state.db"));
      try {
        assert.deepEqual(await check.journal.pendingFor(planId), [], "no entry is left in doubt");
        assert.equal((await check.journal.verify()).ok, true);
      } finally {
        check.close();
      }
    } finally {
      await client.close();
      await s.close();
    }
  });
});
