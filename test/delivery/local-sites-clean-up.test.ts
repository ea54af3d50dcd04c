import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { openStore } from "../../src/store/index.js";
import { startIntelixSimulator, type IntelixSimulator } from "../../src/sim/intelix/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { intelixFlags } from "./delivery-helpers.js";

const SHARED_BAD = "http://malware-drop.example.net/payload";
const INTRANET = "https://intranet.corp";

interface Row {
  tenantId: string;
  siteId: string;
  url: string;
  risk: string;
  action: string;
  outcome: string;
  reason: string;
}

describe("local-sites report|clean", () => {
  let sim: RunningSimulator;
  let intelix: IntelixSimulator;
  const workspace = tempWorkspace();

  before(async () => {
    sim = await startSimulator({ seed: 31, tenants: 3, endpointsPerTenant: 5 });
    intelix = await startIntelixSimulator({ known: { [SHARED_BAD]: "HIGH", [INTRANET]: "UNCLASSIFIED" } });
    // The same risky URL and an intranet URL in every tenant: one lookup each must serve all tenants.
    sim.estate.tenants.forEach((tenant, i) => {
      tenant.localSites.push({
        id: `00000000-0000-4000-8000-00000000000${i}`,
        url: SHARED_BAD,
        tags: ["allow"],
      });
      tenant.localSites.push({ id: `00000000-0000-4000-8000-00000000001${i}`, url: INTRANET, categoryId: 3 });
    });
  });
  after(async () => {
    await intelix.close();
    await sim.close();
  });

  const lookupFlags = () => intelixFlags(intelix, workspace);
  const siteCount = () => sim.estate.tenants.reduce((sum, tenant) => sum + tenant.localSites.length, 0);
  const rowsOf = (stdout: string): Row[] => JSON.parse(stdout) as Row[];

  test("report looks up each distinct URL once across tenants and covers every site", async () => {
    const file = join(workspace, "report.json");
    const result = await runAgainstSim(
      sim,
      ["local-sites", "report", "--output", "json", "--report-file", file, ...lookupFlags()],
      { workspace },
    );
    assert.equal(result.code, 0, result.stderr);
    const rows = rowsOf(result.stdout);
    assert.equal(rows.length, siteCount());
    const distinct = new Set(sim.estate.tenants.flatMap((t) => t.localSites.map((s) => s.url)));
    assert.equal(intelix.stats.lookups, distinct.size, "one lookup per distinct URL");
    assert.equal(intelix.stats.lookupsByUrl.get(SHARED_BAD), 1);
    const report = JSON.parse(readFileSync(file, "utf8")) as { totals: Record<string, number>; sites: Row[] };
    assert.equal(report.totals["total"], siteCount());
    assert.ok(rows.filter((row) => row.url === INTRANET).every((row) => row.risk === "UNCLASSIFIED"));
  });

  test("clean without --apply deletes nothing", async () => {
    const before = siteCount();
    const result = await runAgainstSim(
      sim,
      ["local-sites", "clean", "--risk", "all", "--output", "json", ...lookupFlags()],
      {
        workspace,
      },
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /dry run/);
    assert.equal(siteCount(), before);
    assert.ok(rowsOf(result.stdout).some((row) => row.outcome === "dry-run"));
  });

  test("clean --risk high --apply deletes the high-risk sites only; unclassified ones stay", async () => {
    const file = join(workspace, "deleted.json");
    const result = await runAgainstSim(
      sim,
      [
        "local-sites",
        "clean",
        "--risk",
        "high",
        "--apply",
        "--output",
        "json",
        "--report-file",
        file,
        ...lookupFlags(),
      ],
      { workspace },
    );
    assert.equal(result.code, 0, result.stderr);
    const rows = rowsOf(result.stdout);
    const deleted = rows.filter((row) => row.outcome === "deleted");
    assert.ok(deleted.length >= sim.estate.tenants.length);
    assert.ok(deleted.every((row) => row.risk === "HIGH"));
    const remaining = sim.estate.tenants.flatMap((t) => t.localSites.map((s) => s.url));
    assert.ok(!remaining.includes(SHARED_BAD), "the high-risk site is gone from every tenant");
    assert.equal(remaining.filter((url) => url === INTRANET).length, sim.estate.tenants.length);
    const report = JSON.parse(readFileSync(file, "utf8")) as {
      applied: boolean;
      totals: Record<string, number>;
    };
    assert.equal(report.applied, true);
    assert.equal(report.totals["deleted"], deleted.length);
    const store = openStore(join(workspace, "state.db"));
    try {
      const journaled = await store.journal.list({ kind: "local-site.delete", outcome: "succeeded" });
      assert.equal(journaled.length, deleted.length, "every deletion is in the audit journal");
    } finally {
      store.close();
    }
  });

  test("a site whose lookup fails is kept and the run says it was partial", async () => {
    const url = "https://flaky-lookup.example.org";
    sim.estate.tenants[0]!.localSites.push({
      id: "00000000-0000-4000-8000-000000000099",
      url,
      categoryId: 1,
    });
    intelix.failUrl(url);
    const result = await runAgainstSim(
      sim,
      ["local-sites", "clean", "--risk", "all", "--apply", "--output", "json", ...lookupFlags()],
      { workspace },
    );
    assert.equal(result.code, 3, result.stderr);
    const row = rowsOf(result.stdout).find((r) => r.url === url);
    assert.equal(row?.outcome, "skipped");
    assert.match(row?.reason ?? "", /lookup failed/);
    assert.ok(sim.estate.tenants[0]!.localSites.some((site) => site.url === url));
  });

  test("plain `local-sites` still lists the sites", async () => {
    const result = await runAgainstSim(sim, ["local-sites", "--output", "ndjson"], { workspace });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim().split("\n").length, siteCount());
  });
});
