import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { openStore } from "../../src/store/index.js";
import { TEST_ESCROW_KEY } from "./helpers/hygiene-fixture.js";
import { killDuringRoute } from "./helpers/kill-during-route.js";
import { planIdOf, startScenario } from "./helpers/scenario.js";

const DELETE_ROUTE = "DELETE /endpoint/v1/endpoints/{endpointId}";

describe("hygiene apply killed mid-run", () => {
  test("a run killed by SIGKILL during its deletions, run again, deletes each device exactly once", async () => {
    const s = await startScenario();
    try {
      const planned = await s.run(s.planArgs);
      assert.equal(planned.code, 0, planned.stderr);
      const planId = planIdOf(planned);
      await killDuringRoute(s, ["hygiene", "apply", planId, "--apply", "--rate", "0"], DELETE_ROUTE);
      assert.ok((s.sim.stats.byRoute[DELETE_ROUTE] ?? 0) >= 1, "the killed run had started deleting");

      const resumed = await s.run(["hygiene", "apply", planId, "--apply", "--rate", "0"], {
        env: { CENTRALCTL_ESCROW_KEY: TEST_ESCROW_KEY },
      });
      assert.equal(resumed.code, 0, resumed.stderr);
      for (const e of s.devices.retired) assert.equal(s.exists(e), false, `${e.hostname} is deleted`);
      const store = openStore(join(s.workspace, "state.db"));
      try {
        assert.deepEqual(await store.journal.pendingFor(planId), [], "nothing is left in doubt");
        const done = await store.journal.list({ planId, kind: "endpoint.delete", outcome: "succeeded" });
        const ids = done.map((e) => e.endpointId);
        assert.equal(new Set(ids).size, ids.length, "each deletion is recorded once");
        // A DELETE the kill interrupted before Central acted on it is read back as not done and sent
        // again; one that Central did act on is never sent again.
        const match = /(\d+) in-doubt deletions had happened, (\d+) had not/.exec(resumed.stderr);
        assert.ok(match, `the resumed run settled the in-doubt entry: ${resumed.stderr}`);
        const notHappened = Number(match[2]);
        assert.equal(Number(match[1]) + notHappened, 1, "exactly the one in-flight deletion was in doubt");
        assert.equal(s.sim.stats.byRoute[DELETE_ROUTE], ids.length + notHappened, "no device deleted twice");
        assert.equal((await store.journal.verify()).ok, true);
      } finally {
        store.close();
      }
    } finally {
      await s.close();
    }
  });
});
