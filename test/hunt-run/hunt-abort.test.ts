// Ctrl-C during a hunt: the in-flight request is aborted at once (not after the server's latency)
// and the Data Lake run already started is canceled in the simulator.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import type { CentralClient, Tenant } from "../../src/central/index.js";
import { parseIocJson } from "../../src/hunt/index.js";
import { HuntInterruptedError, runHunt } from "../../src/hunt/runner/index.js";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { createLogger } from "../../src/util/logger.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { partnerClient } from "../central/helpers/sim-client.js";

const POLL = "GET /xdr-query/v1/queries/runs/{runId}";
const LATENCY_MS = 1500;

let sim: RunningSimulator;
let client: CentralClient;
let tenant: Tenant;
const logLines: string[] = [];

before(async () => {
  // Runs take a minute, so every hunt below is still polling when it is aborted.
  sim = await startSimulator({
    seed: 7,
    tenants: 1,
    endpointsPerTenant: 25,
    telemetry: { queryDurationMs: 60_000 },
  });
  client = partnerClient(sim, {
    retry: { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 3 },
    // The debug lines name each route with its run id: how the test finds the run it canceled.
    logger: createLogger("debug", (line) => void logLines.push(line)),
  });
  for await (const t of client.listTenants()) tenant = t;
});
after(async () => {
  await client.close();
  await sim.close();
});

const indicators = parseIocJson(
  JSON.stringify({ ioc_data: [{ indicator_type: "md5", data: "5f4dcc3b5aa765d61d8327deb882cf99" }] }),
  "test",
).indicators;

/** Start a hunt, wait until a status poll is stuck in the simulator's latency, then abort it. */
async function abortMidPoll(
  cancelGraceMs: number,
  afterAbort: () => void = () => undefined,
): Promise<{ error: unknown; abortToReturnMs: number }> {
  sim.controls.setLatency(0);
  const controller = new AbortController();
  const hunt = runHunt(client, [tenant], indicators, {
    api: "xdr",
    poll: { initialMs: 20, factor: 1, maxMs: 20 },
    signal: controller.signal,
    cancelGraceMs,
  });
  const polls = (): number => sim.stats.byRoute[POLL] ?? 0;
  const start = polls();
  while (polls() === start) await sleep(5);
  sim.controls.setLatency(LATENCY_MS);
  const slowFrom = polls();
  while (polls() === slowFrom) await sleep(5); // counted on arrival, before the latency
  const abortedAt = performance.now();
  controller.abort(new Error("Ctrl-C"));
  afterAbort();
  const error = await hunt.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, abortToReturnMs: performance.now() - abortedAt };
}

const canceledRunId = (): string => {
  const line = [...logLines].reverse().find((l) => /queries\/runs\/[0-9a-f-]{36}\/cancel/.test(l))!;
  return /queries\/runs\/([0-9a-f-]{36})\/cancel/.exec(line)![1]!;
};

async function runResult(id: string): Promise<string> {
  const run = await client
    .forTenant(tenant)
    .request<{ result: string }>("GET", `/xdr-query/v1/queries/runs/${id}`);
  return run.result;
}

describe("aborting a hunt", () => {
  test("a poll stuck in 1.5 s of latency is abandoned at once and the run is canceled in the simulator", async (t) => {
    // The stuck poll keeps its latency in the simulator; the cancel sent after the abort does not.
    const { error, abortToReturnMs } = await abortMidPoll(5000, () => sim.controls.setLatency(0));
    t.diagnostic(`abort to return: ${Math.round(abortToReturnMs)} ms (latency ${LATENCY_MS} ms)`);
    assert.ok(error instanceof HuntInterruptedError, String(error));
    assert.ok(abortToReturnMs < LATENCY_MS / 5, `returned ${abortToReturnMs} ms after the abort`);
    assert.deepEqual([error.stats.canceledRuns, error.stats.uncanceledRuns], [1, 0]);
    assert.match(error.message, /hunt interrupted: 1 started Data Lake runs canceled/);
    assert.equal(await runResult(canceledRunId()), "canceled");
  });

  test("with a short cancel grace the hunt returns well under the latency; the cancel still lands", async (t) => {
    const { error, abortToReturnMs } = await abortMidPoll(200);
    t.diagnostic(`abort to return: ${Math.round(abortToReturnMs)} ms (latency ${LATENCY_MS} ms)`);
    assert.ok(error instanceof HuntInterruptedError, String(error));
    assert.ok(abortToReturnMs < LATENCY_MS / 2, `returned ${abortToReturnMs} ms after the abort`);
    assert.equal(error.stats.uncanceledRuns, 1);
    assert.match(error.message, /could not be canceled/);
    sim.controls.setLatency(0);
    // The simulator received the cancel before the client gave up; it applies it after its latency.
    const id = canceledRunId();
    for (let i = 0; i < 150 && (await runResult(id)) !== "canceled"; i++) await sleep(20);
    assert.equal(await runResult(id), "canceled");
  });

  test("Ctrl-C during `centralctl hunt --api both` exits 130 and says what was and was not canceled", async () => {
    sim.controls.setLatency(0);
    const runs = (): number =>
      (sim.stats.byRoute["POST /xdr-query/v1/queries/runs"] ?? 0) +
      (sim.stats.byRoute["POST /live-discover/v1/queries/runs"] ?? 0);
    const before = runs();
    const iocs = JSON.stringify({
      ioc_data: [{ indicator_type: "md5", data: "5f4dcc3b5aa765d61d8327deb882cf99" }],
    });
    const cli = runAgainstSim(sim, ["hunt", "--iocs", iocs, "--api", "both", "-o", "json"], {
      workspace: tempWorkspace(),
    });
    while (runs() < before + 2) await sleep(5);
    await sleep(50);
    process.emit("SIGINT", "SIGINT");
    const result = await cli;
    assert.equal(result.code, 130, result.stderr);
    assert.equal(result.stdout, "");
    assert.match(
      result.stderr,
      /hunt interrupted: 1 started Data Lake runs canceled; 1 runs could not be canceled/,
    );
    assert.match(result.stderr, /Live Discover has no cancel/);
  });
});
