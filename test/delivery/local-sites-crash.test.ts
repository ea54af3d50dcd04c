import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import type { Tenant } from "../../src/central/index.js";
import {
  deleteLocalSites,
  planSiteCleanUp,
  riskLevelsFor,
  type TenantSite,
} from "../../src/local-sites/index.js";
import { startSimulator } from "../../src/sim/index.js";
import { startIntelixSimulator } from "../../src/sim/intelix/index.js";
import { openStore, type JournalRepository } from "../../src/store/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { intelixFlags } from "./delivery-helpers.js";
import { partnerClient } from "../central/helpers/sim-client.js";

const DELETE_ROUTE = "DELETE /endpoint/v1/settings/web-control/local-sites/{localSiteId}";
const BAD = "https://crash-test.example.net";
const SITE_ID = "00000000-0000-4000-8000-0000000000c1";

test("a clean-up that dies after Central deleted a site is resumed without deleting it again", async () => {
  const sim = await startSimulator({ seed: 61, tenants: 1, endpointsPerTenant: 1 });
  const intelix = await startIntelixSimulator({ known: { [BAD]: "HIGH" } });
  const workspace = tempWorkspace();
  const client = partnerClient(sim);
  const tenant = sim.estate.tenants[0]!;
  tenant.localSites.length = 0;
  tenant.localSites.push({ id: SITE_ID, url: BAD, categoryId: 2 });
  try {
    let target: Tenant | undefined;
    for await (const listed of client.listTenants()) if (listed.id === tenant.id) target = listed;
    const store = openStore(join(workspace, "state.db"));
    // The process dies between Central's answer and the completion entry: `complete` never lands.
    const dying: JournalRepository = {
      append: (entry) => store.journal.append(entry),
      complete: () => Promise.reject(new Error("killed")),
      list: (filter) => store.journal.list(filter),
      verify: () => store.journal.verify(),
      pendingFor: (planId) => store.journal.pendingFor(planId),
    };
    const sites: TenantSite[] = tenant.localSites.map((site) => ({ tenant, site }));
    const verdicts = planSiteCleanUp(
      sites,
      new Map([[`url:${BAD}`, { risk: "HIGH", lookup: "url", categories: [] }]]),
      riskLevelsFor("high"),
    );
    await assert.rejects(
      deleteLocalSites(verdicts, {
        journal: dying,
        actor: "test",
        runId: "crashed",
        deleterFor: () => client.forTenant(target!),
      }),
      /killed/,
    );
    store.close();
    assert.equal(tenant.localSites.length, 0, "Central did delete it");
    const deletesBefore = sim.stats.byRoute[DELETE_ROUTE] ?? 0;

    const resumed = await runAgainstSim(
      sim,
      [
        "local-sites",
        "clean",
        "--risk",
        "high",
        "--apply",
        "--output",
        "json",
        ...intelixFlags(intelix, workspace),
      ],
      { workspace },
    );
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stderr, /1 deletions left in doubt by an earlier run: 1 had happened, 0 had not/);
    assert.equal((sim.stats.byRoute[DELETE_ROUTE] ?? 0) - deletesBefore, 0, "no second DELETE");
    const check = openStore(join(workspace, "state.db"));
    try {
      const entries = await check.journal.list({ kind: "local-site.delete" });
      assert.deepEqual(
        entries.map((e) => [e.outcome, e.detail?.["siteId"]]),
        [
          ["started", SITE_ID],
          ["succeeded", SITE_ID],
        ],
      );
      assert.equal((await check.journal.verify()).ok, true);
    } finally {
      check.close();
    }
  } finally {
    await client.close();
    await intelix.close();
    await sim.close();
  }
});
