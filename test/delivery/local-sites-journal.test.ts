import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { startIntelixSimulator, type IntelixSimulator } from "../../src/sim/intelix/index.js";
import { openStore, type JournalEntry } from "../../src/store/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { intelixFlags } from "./delivery-helpers.js";
import { unusedPort } from "../support/unused-port.js";

const DELETE_ROUTE = "DELETE /endpoint/v1/settings/web-control/local-sites/{localSiteId}";
const LIST_ROUTE = "GET /endpoint/v1/settings/web-control/local-sites";
const BAD = ["https://drop-1.example.net", "https://drop-2.example.net", "https://drop-3.example.net"];
const id = (n: number) => `00000000-0000-4000-8000-0000000000a${n}`;

interface Row {
  tenantId: string;
  siteId: string;
  url: string;
  outcome: string;
  reason: string;
}

describe("local-sites clean --apply: journal, audit and resume", () => {
  let sim: RunningSimulator;
  let intelix: IntelixSimulator;
  const workspace = tempWorkspace();

  before(async () => {
    sim = await startSimulator({ seed: 53, tenants: 2, endpointsPerTenant: 2 });
    intelix = await startIntelixSimulator({ known: Object.fromEntries(BAD.map((url) => [url, "HIGH"])) });
    // Only the sites this test is about: generated ones may be classified HIGH too.
    for (const tenant of sim.estate.tenants) tenant.localSites.length = 0;
    sim.estate.tenants[1]!.localSites.push({ id: id(9), url: "https://intranet.corp", categoryId: 6 });
    const tenant = sim.estate.tenants[0]!;
    BAD.forEach((url, n) => tenant.localSites.push({ id: id(n), url, categoryId: 2 }));
  });
  after(async () => {
    await intelix.close();
    await sim.close();
  });

  const run = (args: string[]) => runAgainstSim(sim, args, { workspace });
  const clean = (...extra: string[]) =>
    run([
      "local-sites",
      "clean",
      "--risk",
      "high",
      "--output",
      "json",
      ...intelixFlags(intelix, workspace),
      ...extra,
    ]);
  const tenantA = () => sim.estate.tenants[0]!;
  const deletes = () => sim.stats.byRoute[DELETE_ROUTE] ?? 0;
  const journal = async (): Promise<JournalEntry[]> => {
    const store = openStore(join(workspace, "state.db"));
    try {
      return await store.journal.list({ kind: "local-site.delete" });
    } finally {
      store.close();
    }
  };

  test("a run resumed after a crash settles the deletions left in doubt and repeats none", async () => {
    // What a run killed mid-way leaves: `started` entries without a completion. The delete of
    // site 0 reached Central before the kill; the delete of site 1 never did.
    const store = openStore(join(workspace, "state.db"));
    for (const n of [0, 1])
      await store.journal.append({
        kind: "local-site.delete",
        actor: "test",
        tenantId: tenantA().id,
        outcome: "started",
        detail: { siteId: id(n), url: BAD[n], risk: "HIGH" },
      });
    store.close();
    tenantA().localSites.splice(
      tenantA().localSites.findIndex((site) => site.id === id(0)),
      1,
    );
    const before = deletes();

    const result = await clean("--apply");
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /2 deletions left in doubt by an earlier run: 1 had happened, 1 had not/);
    const rows = JSON.parse(result.stdout) as Row[];
    const deleted = rows.filter((row) => row.outcome === "deleted").map((row) => row.siteId);
    assert.deepEqual(deleted.sort(), [id(1), id(2)]);
    assert.equal(deletes() - before, 2, "one DELETE per site deleted now, none for site 0");

    const entries = await journal();
    const succeeded = entries.filter((e) => e.outcome === "succeeded").map((e) => e.detail?.["siteId"]);
    assert.deepEqual(succeeded.sort(), [id(0), id(1), id(2)], "one success entry per deleted site");
    const open = entries.filter(
      (e) => e.outcome === "started" && !entries.some((c) => c.completes === e.seq),
    );
    assert.deepEqual(open, [], "nothing left in doubt");
  });

  test("a stale listing that still shows deleted sites deletes nothing twice", async () => {
    const stale = BAD.map((url, n) => ({ id: id(n), url, categoryId: 2 }));
    sim.controls.script(
      LIST_ROUTE,
      [
        {
          status: 200,
          body: { items: stale, pages: { current: 1, size: 100, total: 1, items: 3, maxSize: 100 } },
        },
      ],
      { tenantId: tenantA().id },
    );
    const before = deletes();
    const result = await clean("--apply");
    assert.equal(result.code, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as Row[];
    assert.equal(deletes() - before, 0);
    for (const n of [0, 1, 2]) {
      const row = rows.find((r) => r.siteId === id(n));
      assert.equal(row?.outcome, "skipped");
      assert.match(row?.reason ?? "", /already deleted by an earlier run/);
    }
  });

  test("`centralctl audit` shows each local-site deletion", async () => {
    const result = await run([
      "audit",
      "--kind",
      "local-site.delete",
      "--outcome",
      "succeeded",
      "-o",
      "json",
    ]);
    assert.equal(result.code, 0, result.stderr);
    const entries = JSON.parse(result.stdout) as JournalEntry[];
    assert.equal(entries.length, 3);
    assert.ok(entries.every((e) => e.tenantId === tenantA().id));
    const verify = await run(["audit", "--verify"]);
    assert.equal(verify.code, 0, verify.stderr);
  });

  test("wrong Intelix credentials stop the run before anything is deleted, exit 4", async () => {
    tenantA().localSites.push({ id: id(7), url: BAD[0]!, categoryId: 2 });
    const before = deletes();
    const result = await run([
      "local-sites",
      "clean",
      "--risk",
      "high",
      "--apply",
      ...intelixFlags(intelix, workspace, { secret: "not-the-intelix-secret-77" }),
    ]);
    assert.equal(result.code, 4, result.stderr);
    assert.match(result.stderr, /refused the client credentials.*Nothing was deleted/);
    assert.ok(!result.stderr.includes("not-the-intelix-secret-77"));
    assert.equal(deletes(), before);
  });

  test("with Intelix down every site stays, reported unclassified with the reason, exit 3", async () => {
    const closed = await unusedPort();
    const before = deletes();
    const result = await run([
      "local-sites",
      "clean",
      "--risk",
      "all",
      "--apply",
      "--output",
      "json",
      ...intelixFlags(intelix, workspace, {
        url: `http://127.0.0.1:${closed}`,
        tokenUrl: `http://127.0.0.1:${closed}/oauth2/token`,
      }),
    ]);
    assert.equal(result.code, 3, result.stderr);
    assert.equal(deletes(), before);
    const rows = JSON.parse(result.stdout) as Array<Row & { risk: string }>;
    assert.ok(rows.length > 0);
    assert.ok(rows.every((row) => row.outcome === "skipped" && row.risk === "UNCLASSIFIED"));
    assert.ok(rows.some((row) => /unreachable/.test(row.reason)));
  });
});
