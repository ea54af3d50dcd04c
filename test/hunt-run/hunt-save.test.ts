// `centralctl hunt` keeps each run and its hits in the state store (the dashboard's Hunts pages):
// real hunts in-process against the simulator's planted indicators, then the store read back.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore, type HuntRun, type HuntRunHit } from "../../src/store/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { startHuntSim, type HuntSim } from "./helpers/hunt-sim.js";

let h: HuntSim;
let workspace: string;
let iocFile: string;
before(async () => {
  h = await startHuntSim({ tenants: 2 });
  workspace = tempWorkspace();
  iocFile = join(workspace, "planted-iocs.json");
  const iocs = { ioc_data: h.planted.map((p) => ({ indicator_type: p.type, data: p.value })) };
  writeFileSync(iocFile, JSON.stringify(iocs));
});
after(() => h.close());

const run = (args: string[], where = workspace) => runAgainstSim(h.sim, args, { workspace: where });
const plantedCount = (): number => h.planted.reduce((n, p) => n + p.endpoints.length, 0);

async function storedRuns(where = workspace): Promise<Array<{ run: HuntRun; hits: HuntRunHit[] }>> {
  const store = openStore(join(where, "state.db"));
  try {
    const runs = await store.huntRuns.list();
    return await Promise.all(
      runs.map(async (r) => ({
        run: r,
        hits: (await store.huntRuns.hits(r.id, { limit: 100_000, offset: 0 })).hits,
      })),
    );
  } finally {
    store.close();
  }
}

const key = (x: { tenantId: string; endpointId: string; indicator: string; api: string }): string =>
  `${x.tenantId}/${x.endpointId} ${x.indicator} ${x.api}`;

describe("centralctl hunt saves its runs", () => {
  test("a finished hunt is saved with its source, counts and every hit it printed", async () => {
    const result = await run(["hunt", "--iocs", iocFile, "--api", "xdr", "-o", "json", "--name", "weekly"]);
    assert.equal(result.code, 0, result.stderr);
    const printed = JSON.parse(result.stdout) as Array<Parameters<typeof key>[0]>;
    assert.equal(printed.length, plantedCount());
    const [saved, ...older] = await storedRuns();
    assert.equal(older.length, 0);
    const { run: r, hits } = saved!;
    assert.equal(r.name, "weekly");
    assert.equal(r.api, "xdr");
    assert.deepEqual(r.source, { kind: "file", path: iocFile });
    assert.equal(r.indicatorCount, h.planted.length);
    assert.equal(r.tenantsAsked, 2);
    assert.deepEqual(r.failures, []);
    assert.equal(r.interrupted, false);
    assert.equal(r.hitCount, printed.length);
    assert.deepEqual(hits.map(key).sort(), printed.map(key).sort());
    // Field for field, not only the key: the stored hit is the record the hunt printed.
    const canon = (x: object): string => JSON.stringify(Object.entries(x).sort());
    const ordered = (xs: object[]): object[] => [...xs].sort((a, b) => (canon(a) < canon(b) ? -1 : 1));
    assert.deepEqual(ordered(hits), ordered(printed));
    assert.ok(hits.every((x) => x.hostname !== "" && x.matchedColumn !== "" && x.when !== ""));
    assert.ok(Date.parse(r.startedAt) <= Date.parse(r.finishedAt));
  });

  test("--no-save saves nothing and prints exactly what a saved run prints", async () => {
    const before = (await storedRuns()).length;
    const args = ["hunt", "--iocs", iocFile, "--api", "xdr", "-o", "csv"];
    const unsaved = await run([...args, "--no-save"]);
    assert.equal(unsaved.code, 0, unsaved.stderr);
    assert.equal((await storedRuns()).length, before);
    const saved = await run(args);
    assert.equal((await storedRuns()).length, before + 1);
    const rows = (text: string) => text.trim().split("\n").sort();
    assert.deepEqual(rows(saved.stdout), rows(unsaved.stdout));
  });

  test("a partial hunt is saved with the failed tenant and its message, and exits 3", async () => {
    const first = h.tenants[0]!;
    h.sim.controls.script(
      "GET /xdr-query/v1/queries/runs/{runId}",
      [{ status: 200, body: { id: "x", status: "finished", result: "failed" } }],
      { tenantId: first.id },
    );
    const result = await run([
      "hunt",
      "--iocs",
      iocFile,
      "--api",
      "xdr",
      "-o",
      "ndjson",
      "--name",
      "partial",
    ]);
    assert.equal(result.code, 3, result.stderr);
    const saved = (await storedRuns()).find((s) => s.run.name === "partial")!;
    assert.equal(saved.run.failures.length, 1);
    assert.equal(saved.run.failures[0]!.tenantId, first.id);
    assert.match(saved.run.failures[0]!.message, /failed/);
    assert.equal(saved.hits.length, result.stdout.trim().split("\n").length);
    assert.ok(saved.hits.every((x) => x.tenantId !== first.id));
  });

  test("a store that cannot be opened loses nothing: the hits are printed, stderr warns, the exit code stays 0", async () => {
    const broken = tempWorkspace();
    writeFileSync(join(broken, "state.db"), "not a database\n".repeat(100));
    const result = await run(["hunt", "--iocs", iocFile, "--api", "xdr", "-o", "json"], broken);
    assert.equal(result.code, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as unknown[]).length, plantedCount());
    assert.match(result.stderr, /warning: hunt "default" was not saved in the state store/);
    assert.match(result.stderr, /--no-save/);
  });

  test("an inline IOC JSON hunt keeps no IOC text as its source", async () => {
    const md5 = h.planted.find((p) => p.type === "md5")!;
    const inline = JSON.stringify({ ioc_data: [{ indicator_type: "md5", data: md5.value }] });
    const result = await run(["hunt", "--iocs", inline, "--api", "xdr", "-o", "json", "--name", "inline"]);
    assert.equal(result.code, 0, result.stderr);
    const saved = (await storedRuns()).find((s) => s.run.name === "inline")!;
    assert.deepEqual(saved.run.source, { kind: "inline" });
  });
});

describe("an interrupted hunt", () => {
  let slow: HuntSim;
  before(async () => {
    slow = await startHuntSim({ tenants: 1, queryDurationMs: 60_000 });
  });
  after(() => slow.close());

  test("Ctrl-C still saves the run, marked interrupted and without hits, and exits 130", async () => {
    const where = tempWorkspace();
    const runs = (): number => slow.sim.stats.byRoute["POST /xdr-query/v1/queries/runs"] ?? 0;
    const started = runs();
    const cli = runAgainstSim(
      slow.sim,
      ["hunt", "--iocs", iocFile, "--api", "xdr", "-o", "json", "--name", "stopped"],
      { workspace: where },
    );
    while (runs() === started) await new Promise((r) => setTimeout(r, 5));
    process.emit("SIGINT", "SIGINT");
    const result = await cli;
    assert.equal(result.code, 130, result.stderr);
    assert.equal(result.stdout, "");
    const [saved] = await storedRuns(where);
    assert.equal(saved?.run.name, "stopped");
    assert.equal(saved?.run.interrupted, true);
    assert.equal(saved?.run.hitCount, 0);
    assert.equal(saved?.run.tenantsAsked, 1);
  });
});
