import { spawn } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { TEST_ESCROW_KEY } from "./hygiene-fixture.js";
import type { Scenario } from "./scenario.js";

const MAIN = new URL("../../../src/cli/main.ts", import.meta.url).pathname;

/**
 * Run `centralctl args...` as a real process against the scenario's simulator and SIGKILL it while
 * its first request to `route` is in flight (the simulator answers slowly meanwhile). Returns once
 * the process is gone; the simulator's latency is back to zero.
 */
export async function killDuringRoute(s: Scenario, args: string[], route: string): Promise<void> {
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
  // Slow answers keep the first request in flight long enough to kill the process during it.
  s.sim.controls.setLatency(300);
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, "-q", ...state, ...args], {
    env,
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + 20_000;
  while ((s.sim.stats.byRoute[route] ?? 0) === 0 && Date.now() < deadline) await sleep(10);
  child.kill("SIGKILL");
  await exited;
  s.sim.controls.setLatency(0);
}
