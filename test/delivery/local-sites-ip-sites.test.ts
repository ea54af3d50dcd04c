import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { startIntelixSimulator, type IntelixSimulator } from "../../src/sim/intelix/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { intelixFlags } from "./delivery-helpers.js";

// One address per risk level, plus what no reputation service can classify.
const IPS = {
  high: "203.0.113.66",
  medium: "198.51.100.7",
  low: "192.0.2.44",
  trusted: "192.0.2.45",
  private: "10.1.2.3",
};
const RANGES = ["203.0.113.0/24", "2001:db8::/32", "192.0.2.10-192.0.2.20"];

interface Row {
  tenantId: string;
  url: string;
  lookup: string;
  risk: string;
  categories: string[];
  outcome: string;
  reason: string;
}

describe("local-sites clean with IP and CIDR sites", () => {
  let sim: RunningSimulator;
  let intelix: IntelixSimulator;
  const workspace = tempWorkspace();

  before(async () => {
    sim = await startSimulator({ seed: 47, tenants: 2, endpointsPerTenant: 2 });
    intelix = await startIntelixSimulator({
      knownIps: {
        [IPS.high]: ["malware"],
        [IPS.medium]: ["bulk_mta"],
        [IPS.low]: ["isp_mta"],
        [IPS.trusted]: ["clean_mta"],
      },
    });
    sim.estate.tenants.forEach((tenant, t) => {
      // Only IP and range sites, so every lookup and delete below is about them.
      tenant.localSites.length = 0;
      [...Object.values(IPS), ...RANGES].forEach((url, i) =>
        tenant.localSites.push({
          id: `00000000-0000-4000-8000-0000000${t}0${String(i).padStart(3, "0")}`,
          url,
        }),
      );
    });
  });
  after(async () => {
    await intelix.close();
    await sim.close();
  });

  const clean = (risk: string, extra: string[] = []) =>
    runAgainstSim(
      sim,
      [
        "local-sites",
        "clean",
        "--risk",
        risk,
        "--apply",
        "--output",
        "json",
        ...intelixFlags(intelix, workspace),
        ...extra,
      ],
      { workspace },
    );
  const remaining = () => new Set(sim.estate.tenants.flatMap((t) => t.localSites.map((s) => s.url)));

  test("IP sites are looked up once across tenants and high_medium deletes only HIGH and MEDIUM IPs", async () => {
    const result = await clean("high_medium");
    assert.equal(result.code, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as Row[];
    const byUrl = new Map(rows.map((row) => [row.url, row]));
    assert.deepEqual(byUrl.get(IPS.high)?.categories, ["malware"]);
    assert.equal(byUrl.get(IPS.medium)?.risk, "MEDIUM");
    assert.equal(byUrl.get(IPS.low)?.risk, "LOW");
    assert.equal(byUrl.get(IPS.private)?.risk, "UNCLASSIFIED");
    const deleted = rows
      .filter((row) => row.outcome === "deleted")
      .map((row) => row.url)
      .sort();
    assert.deepEqual(deleted, [IPS.medium, IPS.medium, IPS.high, IPS.high].sort());
    assert.ok(!remaining().has(IPS.high) && !remaining().has(IPS.medium));
    for (const ip of Object.values(IPS)) assert.equal(intelix.stats.lookupsByIp.get(ip), 1, `${ip} once`);
    assert.equal(intelix.stats.lookupsByUrl.size, 0, "no IP or range went to the URL lookup");
  });

  test("--risk all deletes LOW and TRUSTED IPs but never CIDR ranges, IP ranges or unclassified IPs", async () => {
    const outDir = join(workspace, "reports");
    const result = await clean("all", ["--out-dir", outDir]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "", "with --out-dir the deletion report goes to files");
    const files = readdirSync(outDir).sort();
    assert.deepEqual(files, sim.estate.tenants.map((t) => `local-site-deletions-${t.id}.json`).sort());
    const rows = files.flatMap((file) => JSON.parse(readFileSync(join(outDir, file), "utf8")) as Row[]);
    assert.equal(rows.filter((row) => row.outcome === "deleted").length, 4, "LOW and TRUSTED in two tenants");
    assert.deepEqual([...remaining()].sort(), [IPS.private, ...RANGES].sort());
    for (const range of RANGES) {
      const row = rows.find((r) => r.url === range);
      assert.deepEqual([row?.lookup, row?.risk, row?.outcome], ["none", "UNCLASSIFIED", "skipped"]);
      assert.match(row?.reason ?? "", /range.*never deleted/);
      assert.equal(intelix.stats.lookupsByIp.has(range), false, `${range} was never looked up`);
    }
  });
});
