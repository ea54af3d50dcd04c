import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { Decision } from "../../src/hygiene/index.js";
import { openStore } from "../../src/store/index.js";
import { TEST_ESCROW_KEY } from "./helpers/hygiene-fixture.js";
import { killDuringRoute } from "./helpers/kill-during-route.js";
import { planIdOf, startScenario } from "./helpers/scenario.js";

const MOVE_ROUTE = "POST /endpoint/v1/endpoint-groups/{groupId}/endpoints";

describe("hygiene quarantine killed mid-run", () => {
  test("a run killed during its moves into quarantine, run again, moves each device exactly once", async () => {
    const s = await startScenario();
    try {
      const file = join(s.workspace, "plan.json");
      const planned = await s.run([...s.planArgs, "--plan-file", file]);
      assert.equal(planned.code, 0, planned.stderr);
      const planId = planIdOf(planned);
      const deletes = (JSON.parse(readFileSync(file, "utf8")) as { decisions: Decision[] }).decisions
        .filter((d) => d.action === "delete")
        .map((d) => d.endpointId);
      const args = ["hygiene", "apply", planId, "--apply", "--rate", "0", "--quarantine"];
      await killDuringRoute(s, args, MOVE_ROUTE);
      assert.ok((s.sim.stats.byRoute[MOVE_ROUTE] ?? 0) >= 1, "the killed run had started moving");

      const resumed = await s.run(args, { env: { CENTRALCTL_ESCROW_KEY: TEST_ESCROW_KEY } });
      assert.equal(resumed.code, 0, resumed.stderr);
      const match = /(\d+) in-doubt quarantine moves had happened, (\d+) had not/.exec(resumed.stderr);
      assert.ok(match, `the resumed run settled the in-doubt move: ${resumed.stderr}`);
      const notHappened = Number(match[2]);
      assert.equal(Number(match[1]) + notHappened, 1, "exactly the one in-flight move was in doubt");
      assert.equal(
        s.sim.stats.byRoute[MOVE_ROUTE],
        deletes.length + notHappened,
        "no device is moved twice (a move Central never saw is sent once more)",
      );
      for (const t of s.sim.estate.tenants)
        for (const e of t.endpoints)
          if (deletes.includes(e.id)) assert.equal(e.group?.name, "Pending removal", `${e.hostname} moved`);
      const store = openStore(join(s.workspace, "state.db"));
      try {
        const records = await store.quarantine.list({ state: "quarantined" });
        assert.deepEqual(records.map((r) => r.endpointId).sort(), [...deletes].sort());
        for (const r of records) assert.notEqual(r.originalGroup?.name, "Pending removal");
        const done = await store.journal.list({ kind: "endpoint.quarantine", outcome: "succeeded" });
        const ids = done.map((e) => e.endpointId);
        assert.equal(new Set(ids).size, ids.length, "each move is recorded once");
        assert.equal(ids.length, deletes.length);
        assert.deepEqual(await store.journal.pendingFor(planId), [], "nothing is left in doubt");
        assert.equal((await store.journal.verify()).ok, true);
      } finally {
        store.close();
      }
      // Nothing was deleted: the grace period has only just begun.
      assert.equal(s.sim.stats.byRoute["DELETE /endpoint/v1/endpoints/{endpointId}"] ?? 0, 0);
    } finally {
      await s.close();
    }
  });
});
