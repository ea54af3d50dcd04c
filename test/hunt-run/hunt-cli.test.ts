// `centralctl hunt` in-process against the simulator: output, new-only, connector files, bad input.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { startHuntSim, type HuntSim } from "./helpers/hunt-sim.js";

let h: HuntSim;
let workspace: string;
let iocs: string;
before(async () => {
  h = await startHuntSim({ tenants: 2 });
  workspace = tempWorkspace();
  iocs = JSON.stringify({ ioc_data: h.planted.map((p) => ({ indicator_type: p.type, data: p.value })) });
});
after(() => h.close());

const run = (args: string[]) => runAgainstSim(h.sim, args, { workspace });
const plantedCount = (filter: (e: { ldVisible: boolean }) => boolean): number =>
  h.planted.reduce((n, p) => n + p.endpoints.filter(filter).length, 0);

describe("centralctl hunt", () => {
  test("prints every planted hit as JSON and names the XDR command for endpoints LD cannot reach", async () => {
    const result = await run(["hunt", "--iocs", iocs, "--api", "both", "-o", "json"]);
    assert.equal(result.code, 0, result.stderr);
    const hits = JSON.parse(result.stdout) as Array<{ api: string }>;
    assert.equal(
      hits.length,
      plantedCount(() => true),
    );
    assert.equal(
      hits.filter((x) => x.api === "ld+xdr").length,
      plantedCount((e) => e.ldVisible),
    );
    assert.match(
      result.stderr,
      /Live Discover could not reach \d+ offline endpoints.*Data Lake runs covered them/,
    );
    const ldOnly = await run(["hunt", "--iocs", iocs, "--api", "ld", "-o", "json"]);
    assert.equal(
      JSON.parse(ldOnly.stdout).length,
      plantedCount((e) => e.ldVisible),
    );
    assert.match(
      ldOnly.stderr,
      /the Data Lake covers them: centralctl hunt --api xdr --tenant [0-9a-f-]{36} --iocs '/,
    );
  });

  test("--new-only reports a hit once per hunt name", async () => {
    const args = ["hunt", "--iocs", iocs, "--api", "xdr", "-o", "ndjson", "--new-only", "--name", "weekly"];
    const first = await run(args);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(
      first.stdout.trim().split("\n").length,
      plantedCount(() => true),
    );
    const second = await run(args);
    assert.equal(second.stdout.trim(), "");
  });

  test("--out-dir writes the connector's search, result and endpoint files per API", async () => {
    const dir = join(workspace, "out");
    const result = await run(["hunt", "--iocs", iocs, "--api", "both", "-o", "ndjson", "--out-dir", dir]);
    assert.equal(result.code, 0, result.stderr);
    const names = readdirSync(dir)
      .map((n) => n.replace(/_\d{8}T\d{6}Z\.json$/, ""))
      .sort();
    assert.deepEqual(names, [
      "ld_endpoint_data",
      "ld_result_data",
      "ld_search_data",
      "xdr_endpoint_data",
      "xdr_result_data",
      "xdr_search_data",
    ]);
  });

  test("a malformed indicator is a usage error naming the entry", async () => {
    const bad = JSON.stringify({
      ioc_data: [
        { indicator_type: "md5", data: "abc" },
        { indicator_type: "ip", data: "1.2.3" },
      ],
    });
    const result = await run(["hunt", "--iocs", bad]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /ioc_data\[0\]/);
    assert.match(result.stderr, /ioc_data\[1\]/);
  });

  test("--query runs a saved query by name with --var values and prints its rows per tenant", async () => {
    const result = await run([
      "hunt",
      "--query",
      "IOC hunt (exact)",
      "--var",
      `IOC_JSON=${iocs}`,
      "--api",
      "xdr",
      "-o",
      "json",
    ]);
    assert.equal(result.code, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as Array<{ tenantName: string; indicator_type: string }>;
    assert.equal(
      rows.length,
      plantedCount(() => true),
    );
    assert.ok(rows.every((r) => r.tenantName !== "" && r.indicator_type !== ""));
    const unknown = await run(["hunt", "--query", "IOC hunt (exact)", "--var", "NOPE=1", "--api", "xdr"]);
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /has no variable NOPE/);
  });

  test("hunt run --query is the same saved-query run as hunt --query", async () => {
    const args = ["--query", "IOC hunt (exact)", "--var", `IOC_JSON=${iocs}`];
    const viaRun = await run(["hunt", "--api", "xdr", "-o", "json", "run", ...args]);
    assert.equal(viaRun.code, 0, viaRun.stderr);
    assert.equal(
      (JSON.parse(viaRun.stdout) as unknown[]).length,
      plantedCount(() => true),
    );
  });

  test("hunt queries lists the built-in templates of an API after the tenants' catalogues", async () => {
    const result = await run(["hunt", "queries", "--api", "ld", "-o", "json"]);
    assert.equal(result.code, 0, result.stderr);
    const queries = JSON.parse(result.stdout) as Array<{ api: string; source: string; template: string }>;
    const builtin = queries.filter((q) => q.source === "builtin");
    assert.equal(builtin.length, 2);
    assert.ok(builtin.every((q) => q.api === "ld" && q.template.includes("$$IOC JSON$$")));
    assert.ok(queries.every((q) => q.api === "ld"));
  });
});
