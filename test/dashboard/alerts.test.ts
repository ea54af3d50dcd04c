// The dashboard's live alerts page against the Central simulator over real sockets: the counts and the
// rows shown equal a direct computation over the simulator's open alerts, the caps (200 a tenant, 5,000
// overall) hold and are explained, filters narrow the table, failing tenants are listed while the
// others show, hostile text is escaped, and without credentials the page says what to do.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { CentralClient } from "../../src/central/index.js";
import { createAlertRoutes } from "../../src/dashboard/alerts/alert-routes.js";
import type { DashboardContext, DashboardRoute } from "../../src/dashboard/dashboard-types.js";
import { resolveCentralCredentials } from "../../src/secrets/index.js";
import { startSimulator, type EstateTenant, type RunningSimulator } from "../../src/sim/index.js";
import { openStore } from "../../src/store/index.js";
import { credentialOf, simClient } from "../central/helpers/sim-client.js";

const NOW = Date.parse("2026-06-01T12:00:00.000Z");
type SimAlert = EstateTenant["alerts"][number] & { tenantId: string };

/** GET /alerts as the server would call it; whitespace collapsed so assertions read the content. */
async function alertsPage(routes: DashboardRoute[], context: DashboardContext, query = ""): Promise<string> {
  const route = routes.find((r) => r.method === "GET" && r.pattern === "/alerts");
  assert.ok(route?.method === "GET", "no GET /alerts route");
  assert.equal(route.nav, "Alerts");
  const request = { path: "/alerts", query: new URLSearchParams(query), params: {}, csrfToken: "csrf" };
  return (await route.page(context, request)).body.value.replace(/\s+/g, " ");
}

/** POST /alerts/refresh, then reload the page as its meta refresh does until the fetch is over. */
async function fetchAndWait(routes: DashboardRoute[], context: DashboardContext): Promise<string> {
  const route = routes.find((r) => r.method === "POST" && r.pattern === "/alerts/refresh");
  assert.ok(route?.method === "POST", "no POST /alerts/refresh route");
  const started = await route.action(
    context,
    { path: "/alerts/refresh", query: new URLSearchParams(), params: {}, csrfToken: "csrf" },
    new URLSearchParams(),
  );
  assert.equal(started.redirect, "/alerts");
  for (let i = 0; i < 1000; i++) {
    const page = await alertsPage(routes, context);
    if (!page.includes('http-equiv="refresh"')) return page;
    await sleep(10);
  }
  throw new Error("the alerts fetch did not finish within 10 s");
}

/** The alert ids of the table rows, in page order. */
const shownIds = (page: string): string[] =>
  [...page.matchAll(/<tr data-alert-id="([^"]+)">/g)].map((m) => m[1]!);

/** A card's big number. */
function cardNumber(page: string, label: string): number {
  const value = new RegExp(`<h3>${label}</h3> <p class="big">([\\d,]+)</p>`).exec(page)?.[1];
  assert.ok(value !== undefined, `no ${label} card`);
  return Number(value.replace(/,/g, ""));
}

/** Newest first, ties by tenant then id: the page's order, computed here independently. */
const newestFirst = (a: SimAlert, b: SimAlert): number =>
  Date.parse(b.raisedAt) - Date.parse(a.raisedAt) ||
  (a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What the page should keep: the newest `perTenant` of each tenant, then the newest `overall` of those. */
function expectedKept(tenants: readonly EstateTenant[], perTenant = 200, overall = 5_000): SimAlert[] {
  const kept = tenants.flatMap((t) =>
    t.alerts
      .map((a) => ({ ...a, tenantId: t.id }))
      .sort(newestFirst)
      .slice(0, perTenant),
  );
  return kept.sort(newestFirst).slice(0, overall);
}

const count = (tenants: readonly EstateTenant[], severity: string): number =>
  tenants.reduce((n, t) => n + t.alerts.filter((a) => a.severity === severity).length, 0);

function contextFor(central: () => Promise<CentralClient>): DashboardContext {
  const store = openStore(":memory:");
  after(() => store.close());
  return { store, actor: "dashboard:test", now: () => new Date(NOW), central };
}

const clientFor = (sim: RunningSimulator): CentralClient =>
  simClient(sim, credentialOf(sim, "partner"), { retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 2 } });

describe("alerts page over an estate larger than the caps", () => {
  let sim: RunningSimulator;
  before(async () => {
    // 26 tenants of 205 alerts: every tenant is over the 200 cap, and 26 x 200 is over 5,000.
    sim = await startSimulator({
      seed: 21,
      tenants: 26,
      endpointsPerTenant: 4,
      alertsPerTenant: 205,
      now: () => NOW,
    });
  });
  after(() => sim.close());

  test("nothing is fetched until asked; counts cover every alert while the table keeps the newest 200 a tenant and 5,000 overall", async () => {
    const routes = createAlertRoutes();
    const client = clientFor(sim);
    const context = contextFor(async () => client);
    const before = sim.stats.requests;
    assert.match(await alertsPage(routes, context), /Fetch alerts from Sophos Central/);
    assert.equal(sim.stats.requests, before, "showing the page called Central");

    const page = await fetchAndWait(routes, context);
    const tenants = sim.estate.tenants;
    for (const severity of ["high", "medium", "low"] as const) {
      const label = severity[0]!.toUpperCase() + severity.slice(1);
      assert.equal(cardNumber(page, label), count(tenants, severity), `${severity} card`);
    }
    assert.ok(count(tenants, "high") > 0, "the generated estate has no high alert");
    const withHigh = tenants.filter((t) => t.alerts.some((a) => a.severity === "high")).length;
    assert.equal(cardNumber(page, "Tenants with high alerts"), withHigh);
    assert.match(page, /Fetched 2026-06-01 12:00:00 UTC in [\d.]+ (ms|s): 26 tenants, 5,330 open alerts/);

    const kept = expectedKept(tenants);
    assert.equal(kept.length, 5_000);
    assert.match(page, /Open alerts, newest first \(5,000 of 5,000 kept\)/);
    assert.deepEqual(
      shownIds(page),
      kept.slice(0, 100).map((a) => a.id),
      "page 1 is the newest 100",
    );
    assert.match(page, /Only the newest 200 alerts of a tenant are kept; these tenants have more/);
    assert.match(page, /\(200 of 205\)/);
    assert.match(page, /Only the newest 5,000 alerts overall are kept; 200 older ones are not in the table/);

    const last = await alertsPage(routes, context, "page=50");
    assert.deepEqual(
      shownIds(last),
      kept.slice(4_900).map((a) => a.id),
      "page 50 is the oldest kept",
    );
    assert.match(last, /Page 50 of 50 \(5,?000 matching\)/);
  });
});

describe("alerts page filters and hostile text", () => {
  let sim: RunningSimulator;
  before(async () => {
    sim = await startSimulator({
      seed: 22,
      tenants: 3,
      endpointsPerTenant: 10,
      alertsPerTenant: 70,
      now: () => NOW,
    });
  });
  after(() => sim.close());

  test("severity, tenant, category and text filters show exactly the simulator's matching alerts", async () => {
    const [first, second] = sim.estate.tenants;
    const hostile = `<script>alert("pwned")</script> on PC-EVIL`;
    first!.alerts[first!.alerts.length - 1]!.description = hostile;
    const routes = createAlertRoutes();
    const client = clientFor(sim);
    const context = contextFor(async () => client);
    const page = await fetchAndWait(routes, context);
    assert.ok(!page.includes("<script>"), "a description reached the page as markup");
    assert.ok(page.includes("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; on PC-EVIL"));

    const all = expectedKept(sim.estate.tenants);
    const expectIds = (keep: (a: SimAlert) => boolean): string[] => all.filter(keep).map((a) => a.id);
    const shown = async (query: string): Promise<string[]> => {
      const ids: string[] = [];
      for (let p = 1; p < 10; p++) {
        const more = shownIds(await alertsPage(routes, context, `${query}&page=${p}`));
        if (more.length === 0) break;
        ids.push(...more);
      }
      return ids;
    };
    assert.deepEqual(
      await shown(""),
      all.map((a) => a.id),
    );
    const high = expectIds((a) => a.severity === "high");
    assert.ok(high.length > 0);
    assert.deepEqual(await shown("severity=high"), high);
    assert.deepEqual(
      await shown(`severity=medium&tenant=${second!.id}`),
      expectIds((a) => a.severity === "medium" && a.tenantId === second!.id),
    );
    const category = all[0]!.category;
    assert.deepEqual(
      await shown(`category=${encodeURIComponent(category)}`),
      expectIds((a) => a.category === category),
    );
    assert.deepEqual(
      await shown("q=pc-evil"),
      expectIds((a) => a.description === hostile),
    );
    assert.match(await alertsPage(routes, context, "q=no-such-text"), /No alert matches these filters/);
  });
});

describe("alerts page while a fetch runs", () => {
  let sim: RunningSimulator;
  before(async () => {
    sim = await startSimulator({
      seed: 24,
      tenants: 3,
      endpointsPerTenant: 2,
      alertsPerTenant: 20,
      now: () => NOW,
    });
  });
  after(() => sim.close());

  test("the page shows progress and reloads itself; a second fetch is refused while one runs", async () => {
    sim.controls.setLatency(100);
    after(() => sim.controls.setLatency(0));
    const routes = createAlertRoutes();
    const client = clientFor(sim);
    const context = contextFor(async () => client);
    const post = routes.find((r) => r.method === "POST" && r.pattern === "/alerts/refresh");
    assert.ok(post?.method === "POST");
    const request = { path: "/alerts/refresh", query: new URLSearchParams(), params: {}, csrfToken: "csrf" };
    assert.equal((await post.action(context, request, new URLSearchParams())).flash?.kind, "ok");
    const again = await post.action(context, request, new URLSearchParams());
    assert.equal(again.flash?.kind, "error");
    assert.match(again.flash?.text ?? "", /already running/);
    const running = await alertsPage(routes, context);
    assert.match(running, /http-equiv="refresh"/);
    assert.match(running, /Fetching alerts from Sophos Central: (listing tenants|\d+ \/ 3 tenants done)/);
    sim.controls.setLatency(0);
    for (let i = 0; i < 500 && (await alertsPage(routes, context)).includes('http-equiv="refresh"'); i++)
      await sleep(10);
    assert.match(await alertsPage(routes, context), /3 tenants, 60 open alerts/);
  });
});

describe("alerts page when some tenants fail", () => {
  let sim: RunningSimulator;
  before(async () => {
    // Of 5 tenants, the last is unmanaged (403).
    sim = await startSimulator({
      seed: 23,
      tenants: 5,
      endpointsPerTenant: 5,
      alertsPerTenant: 40,
      unmanagedTenants: 1,
      now: () => NOW,
    });
  });
  after(() => sim.close());

  test("failing tenants are listed with their error, the others still show, and no secret shows", async () => {
    const unmanaged = sim.estate.tenants.find((t) => t.managed === false)!;
    const healthy = sim.estate.tenants.filter((t) => t !== unmanaged);
    const broken = healthy[0]!;
    const shown = healthy.slice(1);
    sim.controls.script("GET /common/v1/alerts", [{ status: 500 }, { status: 500 }], { tenantId: broken.id });
    after(() => sim.controls.clearScripts());
    const routes = createAlertRoutes();
    const client = clientFor(sim);
    const context = contextFor(async () => client);
    const page = await fetchAndWait(routes, context);

    assert.match(page, /Tenants that could not be read \(2\)/);
    for (const failed of [unmanaged, broken]) {
      const listed = new RegExp(
        `<td><code>${failed.id}</code></td> <td><span class="badge badge-error">failed</span> ([^<]+)</td>`,
      ).exec(page)?.[1];
      assert.ok(listed !== undefined && listed.length > 10, `${failed.name} is not listed with an error`);
    }
    assert.match(page, /\b403\b/);
    assert.match(page, /\b500\b/);
    const expected = expectedKept(shown);
    assert.deepEqual(
      shownIds(page),
      expected.slice(0, 100).map((a) => a.id),
    );
    assert.equal(cardNumber(page, "High"), count(shown, "high"));
    assert.match(page, /of 3 read; 2 could not be read/);
    for (const credential of sim.credentials) assert.ok(!page.includes(credential.clientSecret));
  });
});

describe("alerts page without credentials", () => {
  test("the page shows the credential error and how to configure credentials", async () => {
    const routes = createAlertRoutes();
    const context = contextFor(async () => {
      await resolveCentralCredentials({ env: {}, config: {}, isTTY: false });
      throw new Error("unreachable: credentials resolved from nothing");
    });
    const page = await fetchAndWait(routes, context);
    assert.match(page, /fetch failed/);
    assert.match(page, /No Sophos Central credentials: set SOPHOS_CLIENT_ID and SOPHOS_CLIENT_SECRET/);
    assert.match(page, /set <code>SOPHOS_CLIENT_ID<\/code> and <code>SOPHOS_CLIENT_SECRET<\/code>/);
    assert.match(page, /Fetch alerts from Sophos Central/, "the user can try again");
  });
});
