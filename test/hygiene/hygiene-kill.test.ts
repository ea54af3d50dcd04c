import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, test } from "node:test";
import { openStore } from "../../src/store/index.js";
import { TEST_ESCROW_KEY } from "./helpers/hygiene-fixture.js";
import { planIdOf, startScenario } from "./helpers/scenario.js";

const MAIN = new URL("../../src/cli/main.ts", import.meta.url).pathname;
const DELETE_ROUTE = "DELETE /endpoint/v1/endpoints/{endpointId}";

describe("hygiene apply killed mid-run", () => {
  test("a run killed by SIGKILL during its deletions, run again, deletes each device exactly once", async () => {
    const s = await startScenario();
    try {
      const planned = await s.run(s.planArgs);
      assert.equal(planned.code, 0, planned.stderr);
      const planId = planIdOf(planned);
      const partner = s.sim.credentials.find((c) => c.kind === "partner")!;
      const env = {
        ...process.env,
        CENTRALCTL_ID_URL: s.sim.idUrl,
        CENTRALCTL_API_URL: s.sim.apiUrl,
        SOPHOS_CLIENT_ID: partner.clientId,
        SOPHOS_CLIENT_SECRET: partner.clientSecret,
        CENTRALCTL_ESCROW_KEY: TEST_ESCROW_KEY,
      };
      const state = ["--state", join(s.workspace, "state.db"), "--config", join(s.workspace, "config.json")];
      // Slow answers keep the first DELETE in flight long enough to kill the process during it.
      s.sim.controls.setLatency(300);
      const child = spawn(
        process.execPath,
        ["--import", "tsx", MAIN, "-q", ...state, "hygiene", "apply", planId, "--apply", "--rate", "0"],
        { env, stdio: "ignore" },
      );
      const exited = new Promise((resolve) => child.once("exit", resolve));
      const deadline = Date.now() + 20_000;
      while ((s.sim.stats.byRoute[DELETE_ROUTE] ?? 0) === 0 && Date.now() < deadline) await sleep(10);
      child.kill("SIGKILL");
      await exited;
      s.sim.controls.setLatency(0);
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
