// `centralctl hunt hits ID` prints one saved run's hits as `centralctl hunt` printed them: seeded
// stores for the filters and errors, and one real hunt against the simulator for the round trip.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCapturedCli } from "../../src/cli/run-captured-cli.js";
import { openStore, type HuntRunHit } from "../../src/store/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { startHuntSim, type HuntSim } from "./helpers/hunt-sim.js";

const workspace = tempWorkspace();
const state = join(workspace, "state.db");
const run = (args: string[]) =>
  runCapturedCli(["--state", state, "--config", join(workspace, "config.json"), ...args], {});

const TENANTS = [
  { tenantId: "0a1b-even", tenantName: "Even Corp" },
  { tenantId: "9f8e-odd", tenantName: "Odd Ltd" },
];

function hit(n: number): HuntRunHit {
  return {
    ...TENANTS[n % 2]!,
    endpointId: `ep-${n}`,
    hostname: `PC-${String(n).padStart(4, "0")}`,
    indicatorType: n % 3 === 0 ? "md5" : "sha256",
    indicator: n % 3 === 0 ? "d41d8cd98f00b204" : "e3b0c44298fc1c14",
    matchedColumn: n % 3 === 0 ? "md5" : "sha256",
    where: "C:\\Temp\\x.exe",
    when: "2026-01-01T00:00:00.000Z",
    api: "xdr",
    count: n + 1,
    source: `iocs.json ioc_data[${n % 3}]`,
  };
}

/**
 * Run ids: 1 has 12 hits, 2 has 2,500 (more than a page of the store), 3 was interrupted, 4 lost a
 * tenant (both APIs failed there).
 */
before(async () => {
  const store = openStore(state);
  try {
    const failure = (api: string) => ({ tenantId: "t-3", tenantName: "Third", api, message: "HTTP 503" });
    const variants = [
      { count: 12, interrupted: false, failures: [] },
      { count: 2500, interrupted: false, failures: [] },
      { count: 0, interrupted: true, failures: [] },
      { count: 3, interrupted: false, failures: [failure("ld"), failure("xdr")] },
    ];
    for (const { count, interrupted, failures } of variants) {
      const at = new Date().toISOString();
      await store.huntRuns.save({
        name: `run-${count}`,
        startedAt: at,
        finishedAt: at,
        api: "xdr",
        indicatorCount: 2,
        source: { kind: "inline" },
        tenantFilter: [],
        tenantsAsked: 3,
        failures,
        interrupted,
        hits: Array.from({ length: count }, (_, i) => hit(i)),
      });
    }
  } finally {
    store.close();
  }
});

const ndjson = (text: string): HuntRunHit[] =>
  text
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as HuntRunHit);

describe("centralctl hunt hits ID", () => {
  test("the table has the columns `centralctl hunt` prints, one row per hit in the hunt's order", async () => {
    const result = await run(["hunt", "hits", "1"]);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trimEnd().split("\n");
    assert.deepEqual(lines[0]?.split(/\s+/), [
      "tenant",
      "hostname",
      "type",
      "indicator",
      "column",
      "where",
      "when",
      "api",
      "endpointId",
    ]);
    assert.equal(lines.length, 2 + 12);
    assert.match(lines[2] ?? "", /^Even Corp\s+PC-0000\s+md5\s+d41d8cd98f00b204\s+md5\s+C:\\Temp\\x\.exe\s/);
    assert.match(lines[3] ?? "", /^Odd Ltd\s+PC-0001\s+sha256\s/);
  });

  test("ndjson gives every stored hit in full and in order, across store pages", async () => {
    const result = await run(["hunt", "hits", "2", "-o", "ndjson"]);
    assert.equal(result.code, 0, result.stderr);
    const hits = ndjson(result.stdout);
    assert.equal(hits.length, 2500);
    assert.deepEqual(hits[1234], hit(1234));
    assert.deepEqual(
      hits.map((h) => h.endpointId),
      Array.from({ length: 2500 }, (_, i) => `ep-${i}`),
    );
  });

  test("--tenant takes an id or a whole name in any case", async () => {
    for (const tenant of ["odd ltd", "9F8E-ODD"]) {
      const result = await run(["hunt", "hits", "1", "--tenant", tenant, "-o", "ndjson"]);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(
        ndjson(result.stdout).map((h) => h.endpointId),
        ["ep-1", "ep-3", "ep-5", "ep-7", "ep-9", "ep-11"],
      );
    }
  });

  test("--hostname and --indicator match a part in any case and combine with --tenant", async () => {
    const byHost = await run(["hunt", "hits", "1", "--hostname", "pc-001", "-o", "ndjson"]);
    assert.deepEqual(
      ndjson(byHost.stdout).map((h) => h.hostname),
      ["PC-0010", "PC-0011"],
    );
    const combined = await run([
      "hunt",
      "hits",
      "1",
      "--tenant",
      "Even Corp",
      "--indicator",
      "D41D8",
      "-o",
      "ndjson",
    ]);
    assert.equal(combined.code, 0, combined.stderr);
    assert.deepEqual(
      ndjson(combined.stdout).map((h) => h.endpointId),
      ["ep-0", "ep-6"],
    );
  });

  test("a --tenant with no hits in the run gives no rows and a note, not an error", async () => {
    const result = await run(["hunt", "hits", "1", "--tenant", "Odd", "-o", "ndjson"]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "");
    assert.match(
      result.stderr,
      /run 1 has no hits from tenant "Odd" \(--tenant takes a tenant id or its whole name\)/,
    );
  });

  test("stderr warns when the run is incomplete, so few hits do not read as a clean estate", async () => {
    const interrupted = await run(["hunt", "hits", "3", "-o", "ndjson"]);
    assert.equal(interrupted.code, 0, interrupted.stderr);
    assert.equal(interrupted.stdout, "");
    assert.match(interrupted.stderr, /run 3 was interrupted \(Ctrl-C\): it holds no hits/);
    const partial = await run(["hunt", "hits", "4", "-o", "ndjson"]);
    assert.equal(ndjson(partial.stdout).length, 3);
    assert.match(partial.stderr, /1 of 3 tenants failed in run 4; their hits are missing/);
    const complete = await run(["hunt", "hits", "1", "-o", "ndjson"]);
    assert.equal(complete.stderr, "");
  });

  test("an unknown run id is a usage error (exit 2) naming the store and how to list runs", async () => {
    const result = await run(["hunt", "hits", "99"]);
    assert.equal(result.code, 2, result.stderr);
    assert.equal(result.stdout, "");
    assert.ok(
      result.stderr.includes(`no saved hunt run has that id in the state store ${state}`),
      result.stderr,
    );
    assert.match(result.stderr, /centralctl hunt history/);
  });

  test("an id that is not a whole number is a usage error (exit 2)", async () => {
    for (const id of ["abc", "0", "1.5", "-1"]) {
      const result = await run(["hunt", "hits", "--", id]);
      assert.equal(result.code, 2, `${id}: ${result.stderr}`);
      assert.match(result.stderr, /a run id is a whole number/);
    }
  });
});

describe("a real hunt, then hunt hits", () => {
  let h: HuntSim;
  before(async () => {
    h = await startHuntSim({ tenants: 2 });
  });
  after(() => h.close());

  test("prints the same records the hunt printed, and history lists the run", async () => {
    const where = tempWorkspace();
    const iocFile = join(where, "iocs.json");
    writeFileSync(
      iocFile,
      JSON.stringify({ ioc_data: h.planted.map((p) => ({ indicator_type: p.type, data: p.value })) }),
    );
    const cli = (args: string[]) => runAgainstSim(h.sim, args, { workspace: where });
    const hunted = await cli([
      "hunt",
      "--iocs",
      iocFile,
      "--api",
      "xdr",
      "-o",
      "ndjson",
      "--name",
      "planted",
    ]);
    assert.equal(hunted.code, 0, hunted.stderr);
    const history = await cli(["hunt", "history", "-o", "ndjson"]);
    const [saved] = ndjson(history.stdout) as unknown as Array<{
      id: number;
      name: string;
      hitCount: number;
    }>;
    assert.equal(saved?.name, "planted");
    const printed = ndjson(hunted.stdout);
    assert.ok(printed.length > 0);
    assert.equal(saved.hitCount, printed.length);
    const shown = await cli(["hunt", "hits", String(saved.id), "-o", "ndjson"]);
    assert.equal(shown.code, 0, shown.stderr);
    const key = (x: HuntRunHit) => JSON.stringify(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)));
    assert.deepEqual(ndjson(shown.stdout).map(key).sort(), printed.map(key).sort());
  });
});
