// Tenant names in hygiene plans, end to end: `hygiene plan` against the simulator records each
// tenant's name, the Plan, Review and Quarantine pages show it above the id and the Plan page lists
// names in its tenant menu, and a plan stored before names were kept still shows (by id) and applies.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { DashboardRoute } from "../../src/dashboard/dashboard-types.js";
import { escapeHtml } from "../../src/dashboard/html.js";
import { hasMarkup, pageContext, squash } from "../../src/dashboard/pages/internal/page-fixtures.js";
import { STORE_ROUTES } from "../../src/dashboard/pages/store-routes.js";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { openStore } from "../../src/store/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";

const HOSTILE = `<script>alert("t")</script> & Sons`;

/** GET `pattern` through the route table, as the server calls it, over the state file. */
async function getPage(
  stateFile: string,
  pattern: string,
  params: Record<string, string>,
  query = "",
): Promise<string> {
  const route = STORE_ROUTES.find((r): r is Extract<DashboardRoute, { method: "GET" }> => {
    return r.method === "GET" && r.pattern === pattern;
  });
  assert.ok(route, `no GET ${pattern} route`);
  const store = await openStore(stateFile);
  try {
    const request = { path: pattern, query: new URLSearchParams(query), params, csrfToken: "c" };
    return squash((await route.page(pageContext(store), request)).body.value);
  } finally {
    store.close();
  }
}

const planPage = (stateFile: string, id: string, query = ""): Promise<string> =>
  getPage(stateFile, "/plans/:id", { id }, query);

describe("dashboard pages: tenant names in plans", () => {
  let sim: RunningSimulator;
  let workspace: string;
  let stateFile: string;
  let planId: string;
  before(async () => {
    sim = await startSimulator({ seed: 23, tenants: 3, endpointsPerTenant: 12 });
    // Customers name their own tenants: the name is hostile markup.
    sim.estate.tenants[0]!.name = HOSTILE;
    workspace = tempWorkspace();
    stateFile = join(workspace, "state.db");
    const run = await runAgainstSim(sim, ["hygiene", "plan", "--inactive-days", "60"], { workspace });
    assert.equal(run.code, 0, run.stderr);
    const store = await openStore(stateFile);
    planId = (await store.plans.list())[0]!.id;
    store.close();
  });
  after(() => sim.close());

  test("each decision's tenant shows its name with the id below it, and the menu lists names", async () => {
    const page = await planPage(stateFile, planId);
    for (const tenant of sim.estate.tenants) {
      const name = escapeHtml(tenant.name);
      assert.ok(
        hasMarkup(page, `<td>${name}<br /><span class="muted"><code>${tenant.id}</code></span></td>`),
        `no named tenant cell for ${tenant.name}`,
      );
      assert.ok(
        hasMarkup(page, `<option value="${tenant.id}">${name}</option>`),
        `menu lacks ${tenant.name}`,
      );
    }
    assert.ok(!page.includes("<script>"), "a tenant name reached the page as markup");
    assert.ok(!hasMarkup(page, `<td><code>${sim.estate.tenants[1]!.id}</code></td>`), "a bare id cell");
  });

  test("picking a tenant by name filters by its id", async () => {
    const tenant = sim.estate.tenants[2]!;
    const page = await planPage(stateFile, planId, `tenant=${tenant.id}`);
    const rows = page.split("<tr>").slice(2);
    assert.equal(rows.length, tenant.endpoints.length, "one row per device of the tenant");
    assert.ok(rows.every((row) => row.includes(`<code>${tenant.id}</code>`)));
    assert.ok(hasMarkup(page, `<option value="${tenant.id}" selected>${tenant.name}</option>`));
  });

  test("the review queue and the quarantine name tenants as the newest plan recorded them", async () => {
    const tenant = sim.estate.tenants[1]!;
    const device = tenant.endpoints[0]!;
    const store = await openStore(stateFile);
    await store.quarantine.quarantine({
      tenantId: tenant.id,
      endpointId: device.id,
      hostname: device.hostname,
      group: { id: "g-q", name: "Pending removal" },
      originalGroup: null,
      quarantinedAt: new Date().toISOString(),
    });
    store.close();
    const label = `<td>${escapeHtml(tenant.name)}<br /><span class="muted"><code>${tenant.id}</code></span></td>`;
    assert.ok(hasMarkup(await getPage(stateFile, "/quarantine", {}), label), "quarantine shows the id only");
    const review = await getPage(stateFile, "/review", {});
    assert.match(review, /devices? reviewed that have no ticket yet/);
    const reviewed = sim.estate.tenants.filter((t) => review.includes(`<code>${t.id}</code>`));
    assert.ok(reviewed.length > 0, "the simple flow left nothing to review");
    for (const t of reviewed) {
      assert.ok(hasMarkup(review, `<td>${escapeHtml(t.name)}<br /><span class="muted"><code>${t.id}</code>`));
    }
  });

  test("the audit page names the tenants of journal entries", async () => {
    const tenant = sim.estate.tenants[0]!;
    const store = await openStore(stateFile);
    await store.journal.append({
      kind: "ticket.state",
      actor: "dashboard:alice",
      tenantId: tenant.id,
      hostname: "PC-1",
      outcome: "noted",
    });
    store.close();
    const audit = await getPage(stateFile, "/audit", {});
    const label = `<td>${escapeHtml(tenant.name)}<br /><span class="muted"><code>${tenant.id}</code></span></td>`;
    assert.ok(hasMarkup(audit, label), "the audit page shows the tenant by id only");
  });

  test("a plan stored before names were kept shows ids and still applies", async () => {
    const store = await openStore(stateFile);
    const record = (await store.plans.get(planId))!;
    const extras = record.summary as { summary: { tenantNames?: unknown } };
    assert.ok(extras.summary.tenantNames, "the new plan carries names");
    delete extras.summary.tenantNames;
    await store.plans.save(record);
    store.close();

    const page = await planPage(stateFile, planId);
    for (const tenant of sim.estate.tenants) {
      assert.ok(hasMarkup(page, `<td><code>${tenant.id}</code></td>`), `${tenant.name} is not shown by id`);
      assert.ok(hasMarkup(page, `<option value="${tenant.id}">${tenant.id}</option>`));
    }
    const apply = await runAgainstSim(sim, ["hygiene", "apply", planId], { workspace });
    assert.equal(apply.code, 0, apply.stderr);
    assert.doesNotMatch(apply.stderr + apply.stdout, /not in this store|unknown/i);
  });
});
