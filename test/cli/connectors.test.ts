import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { runAgainstSim, tempWorkspace } from "./helpers/run-in-process.js";

const ndjson = (text: string): Array<Record<string, unknown>> =>
  text
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("connector commands against the simulator", () => {
  let sim: RunningSimulator;
  const workspace = tempWorkspace();
  const run = (
    args: string[],
    options: { kind?: "partner" | "organization" | "tenant"; secret?: string } = {},
  ) => runAgainstSim(sim, args, { ...options, workspace });

  before(async () => {
    sim = await startSimulator({ seed: 11, tenants: 4, endpointsPerTenant: 260 });
  });
  after(async () => {
    await sim.close();
  });

  test("tenants lists every tenant the partner reaches", async () => {
    const result = await run(["tenants", "--output", "json"]);
    assert.equal(result.code, 0, result.stderr);
    const ids = (JSON.parse(result.stdout) as Array<{ id: string }>).map((t) => t.id).sort();
    assert.deepEqual(ids, sim.estate.tenants.map((t) => t.id).sort());
  });

  test("inventory streams every endpoint of every tenant exactly once, attributed to its tenant", async () => {
    const result = await run(["inventory", "--output", "ndjson"]);
    assert.equal(result.code, 0, result.stderr);
    const records = ndjson(result.stdout);
    const expected = sim.estate.tenants.flatMap((t) => t.endpoints.map((e) => `${t.id}/${e.id}`)).sort();
    const seen = records.map((r) => `${(r.tenant as { id: string }).id}/${r.id as string}`).sort();
    assert.deepEqual(seen, expected);
    const first = sim.estate.tenants[0]!;
    const named = records.find((r) => (r.tenant as { id: string }).id === first.id)!;
    assert.equal((named.tenant as { name: string }).name, first.name);
    assert.ok(named.os, "view=full records carry the OS block");
  });

  test("inventory --tenant by name and a last-seen filter keeps only matching devices", async () => {
    const tenant = sim.estate.tenants[1]!;
    const result = await run([
      "inventory",
      "--tenant",
      tenant.name,
      "--last-seen-before",
      "90d",
      "--output",
      "csv",
    ]);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trim().split("\r\n");
    assert.match(lines[0]!, /^tenant,hostname,id,type,os,build,health,lastSeenAt/);
    const cutoff = Date.now() - 90 * 86_400_000;
    const expected = tenant.endpoints.filter((e) => Date.parse(e.lastSeenAt) < cutoff).length;
    assert.ok(expected > 0, "the seeded estate has stale devices");
    assert.equal(lines.length - 1, expected);
  });

  test("an unknown --tenant is an error naming it, never all tenants", async () => {
    const result = await run(["inventory", "--tenant", "no-such-customer"]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /no-such-customer/);
    assert.equal(result.stdout, "");
  });

  test("a wrong secret exits 4 and never prints the secret", async () => {
    const result = await run(["tenants"], { secret: "definitely-wrong-secret-value" });
    assert.equal(result.code, 4);
    assert.doesNotMatch(result.stderr, /definitely-wrong-secret-value/);
    assert.match(result.stderr, /client/i);
  });

  test("bad flag values exit 2 with a message naming the flag", async () => {
    for (const [args, flag] of [
      [["alerts", "--days", "91"], /--days "91"/],
      [["inventory", "--last-seen-before", "last tuesday"], /--last-seen-before/],
      [["inventory", "--health", "purple"], /--health "purple"/],
      [["inventory", "--output", "xml"], /xml/],
    ] as const) {
      const result = await run([...args]);
      assert.equal(result.code, 2, `${args.join(" ")}: ${result.stderr}`);
      assert.match(result.stderr, flag);
    }
  });

  test("--out-dir writes one complete file per tenant and kind", async () => {
    const outDir = join(workspace, "exports");
    const result = await run(["admins", "--out-dir", outDir, "--output", "json"]);
    assert.equal(result.code, 0, result.stderr);
    const files = readdirSync(outDir).sort();
    assert.deepEqual(files, sim.estate.tenants.map((t) => `admins-${t.id}.json`).sort());
    const tenant = sim.estate.tenants[0]!;
    const admins = JSON.parse(readFileSync(join(outDir, `admins-${tenant.id}.json`), "utf8")) as unknown[];
    assert.equal(admins.length, tenant.admins.length);
    assert.ok(!existsSync(join(outDir, `admins-${tenant.id}.json.partial`)));
  });

  test("every listing command returns each tenant's records", async () => {
    for (const [command, count] of [
      ["local-sites", (t: RunningSimulator["estate"]["tenants"][number]) => t.localSites.length],
      ["roles", (t: RunningSimulator["estate"]["tenants"][number]) => t.roles.length],
      ["firewalls", (t: RunningSimulator["estate"]["tenants"][number]) => t.firewalls.length],
      ["firewall-groups", (t: RunningSimulator["estate"]["tenants"][number]) => t.firewallGroups.length],
    ] as const) {
      const result = await run([command, "--output", "ndjson"]);
      assert.equal(result.code, 0, `${command}: ${result.stderr}`);
      const expected = sim.estate.tenants.reduce((sum, t) => sum + count(t), 0);
      assert.equal(ndjson(result.stdout).length, expected, command);
    }
  });

  test("tenant credentials see only their own tenant", async () => {
    const result = await run(["inventory", "--output", "ndjson"], { kind: "tenant" });
    assert.equal(result.code, 0, result.stderr);
    const tenantIds = new Set(ndjson(result.stdout).map((r) => (r.tenant as { id: string }).id));
    assert.equal(tenantIds.size, 1);
  });
});
