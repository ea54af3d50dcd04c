// The dashboard's live estate page against the Central simulator over real sockets: the counts equal a
// direct computation over the simulator's devices and open alerts, progress shows while a fetch runs,
// failing tenants are listed while the others count (a tenant whose alerts alone fail keeps its
// endpoint counts), and without credentials the page says what to do.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import type { CentralClient } from "../../src/central/index.js";
import type {
  ActionResult,
  DashboardContext,
  DashboardRequest,
  DashboardRoute,
} from "../../src/dashboard/dashboard-types.js";
import { createEstateRoutes } from "../../src/dashboard/estate/estate-routes.js";
import { resolveCentralCredentials } from "../../src/secrets/index.js";
import { startSimulator, type EstateTenant, type RunningSimulator } from "../../src/sim/index.js";
import { openStore } from "../../src/store/index.js";
import { credentialOf, simClient } from "../central/helpers/sim-client.js";

const NOW = Date.parse("2026-06-01T12:00:00.000Z");
const DAY = 86_400_000;

function request(path: string, query = ""): DashboardRequest {
  return { path, query: new URLSearchParams(query), params: {}, csrfToken: "csrf-token" };
}

/** GET /estate as the server would call it; whitespace collapsed so assertions read the content. */
async function estatePage(routes: DashboardRoute[], context: DashboardContext, query = ""): Promise<string> {
  const route = routes.find((r) => r.method === "GET" && r.pattern === "/estate");
  assert.ok(route?.method === "GET", "no GET /estate route");
  assert.equal(route.nav, "Estate");
  const result = await route.page(context, request("/estate", query));
  return result.body.value.replace(/\s+/g, " ");
}

/** POST /estate/refresh (the server has already checked and removed the csrf field). */
async function postRefresh(routes: DashboardRoute[], context: DashboardContext): Promise<ActionResult> {
  const route = routes.find((r) => r.method === "POST" && r.pattern === "/estate/refresh");
  assert.ok(route?.method === "POST", "no POST /estate/refresh route");
  return route.action(context, request("/estate/refresh"), new URLSearchParams());
}

/** Reload the page, as its meta refresh does, until the fetch is over; the final page. */
async function waitForFetch(routes: DashboardRoute[], context: DashboardContext): Promise<string> {
  for (let i = 0; i < 1000; i++) {
    const page = await estatePage(routes, context);
    if (!page.includes('http-equiv="refresh"')) return page;
    await sleep(10);
  }
  throw new Error("the estate fetch did not finish within 10 s");
}

/** The numbers of the table row that contains `marker` (a tenant id or the totals label). */
function rowNumbers(page: string, marker: string): number[] {
  const row = page
    .split("<tr>")
    .find(
      (r) => r.includes(`<code>${marker}</code></td> <td class="num">`) || r.includes(`<th>${marker}</th>`),
    );
  if (row === undefined) return [];
  return [...row.matchAll(/<td class="num">(?:<span class="badge [^"]+">)?([\d,]+)/g)].map((m) =>
    Number(m[1]!.replace(/,/g, "")),
  );
}

/** Columns of a counted row: 12 about endpoints, then open alerts high, medium, low. */
const COLUMNS = 15;

/** The page's numeric columns for a tenant, computed directly from the simulator's records. */
function expectedRow(tenant: EstateTenant): number[] {
  return [...expectedEndpointCounts(tenant), ...expectedAlertCounts(tenant)];
}

function expectedAlertCounts(tenant: EstateTenant): number[] {
  return (["high", "medium", "low"] as const).map(
    (s) => tenant.alerts.filter((a) => a.severity === s).length,
  );
}

function expectedEndpointCounts(tenant: EstateTenant): number[] {
  const eps = tenant.endpoints;
  const count = (keep: (e: (typeof eps)[number]) => boolean): number => eps.filter(keep).length;
  const seen = (e: (typeof eps)[number]): number => Date.parse(e.lastSeenAt);
  return [
    eps.length,
    count((e) => e.type === "computer"),
    count((e) => e.type === "server"),
    count((e) => e.health.overall === "good"),
    count((e) => e.health.overall === "suspicious"),
    count((e) => e.health.overall === "bad"),
    count((e) => e.health.overall === "unknown"),
    // The simulator calls a device online when it was seen within the last 10 minutes.
    count((e) => seen(e) >= NOW - 10 * 60_000),
    count((e) => seen(e) < NOW - 30 * DAY),
    count((e) => seen(e) < NOW - 90 * DAY),
    count((e) => !e.tamperProtectionEnabled),
    count((e) => e.isolation?.enabled === true),
  ];
}

function contextFor(central: () => Promise<CentralClient>): DashboardContext {
  const store = openStore(":memory:");
  after(() => store.close());
  return { store, actor: "dashboard:test", now: () => new Date(NOW), central };
}

/** A partner client on `sim` that gives up quickly, so a failing tenant fails fast. */
function clientFor(sim: RunningSimulator): CentralClient {
  return simClient(sim, credentialOf(sim, "partner"), {
    retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 2 },
  });
}

describe("estate page over a healthy estate", () => {
  let sim: RunningSimulator;
  before(async () => {
    // More than 500 endpoints and 1,000 alerts a tenant, so every tenant takes two pages of each.
    sim = await startSimulator({
      seed: 11,
      tenants: 4,
      endpointsPerTenant: 620,
      alertsPerTenant: 1_150,
      now: () => NOW,
    });
  });
  after(() => sim.close());

  test("nothing is fetched until asked; the refresh's counts equal a direct count of devices and alerts", async () => {
    const routes = createEstateRoutes();
    const client = clientFor(sim);
    const context = contextFor(async () => client);
    const requestsBefore = sim.stats.requests;
    assert.match(await estatePage(routes, context), /Fetch from Sophos Central/);
    assert.equal(sim.stats.requests, requestsBefore, "showing the page called Central");

    const started = await postRefresh(routes, context);
    assert.equal(started.redirect, "/estate");
    const page = await waitForFetch(routes, context);

    const total = new Array<number>(COLUMNS).fill(0);
    for (const tenant of sim.estate.tenants) {
      const expected = expectedRow(tenant);
      assert.deepEqual(rowNumbers(page, tenant.id), expected, `counts of ${tenant.name}`);
      expected.forEach((n, i) => (total[i] = (total[i] ?? 0) + n));
    }
    assert.deepEqual(rowNumbers(page, "Total (4 tenants)"), total);
    const alerts = sim.estate.tenants.reduce((n, t) => n + t.alerts.length, 0);
    assert.equal(alerts, 4 * 1_150);
    assert.match(page, /<h3>High alerts<\/h3> <p class="big">([\d,]+)<\/p>/);
    assert.equal(
      /<h3>High alerts<\/h3> <p class="big">([\d,]+)</.exec(page)?.[1]?.replace(/,/g, ""),
      String(total[12]),
    );
    // The estate must exercise every column, or equal counts would prove little.
    for (const [i, label] of [
      [5, "bad"],
      [7, "online"],
      [9, "stale 90"],
      [10, "tamper off"],
      [11, "isolated"],
      [12, "high alert"],
      [13, "medium alert"],
    ] as const) {
      assert.ok((total[i] ?? 0) > 0, `the generated estate has no ${label} endpoint`);
    }
    assert.match(
      page,
      /Fetched 2026-06-01 12:00:00 UTC in [\d.]+ (ms|s): 4 tenants, 2,480 endpoints, 4,600 open alerts/,
    );
    assert.doesNotMatch(page, /could not be read \(/);
  });

  test("while a fetch runs the page shows progress and reloads itself; a second refresh is refused", async () => {
    const routes = createEstateRoutes();
    const context = contextFor(async () => clientFor(sim));
    sim.controls.setLatency(150);
    after(() => sim.controls.setLatency(0));
    await postRefresh(routes, context);

    const again = await postRefresh(routes, context);
    assert.equal(again.flash?.kind, "error");
    assert.match(again.flash?.text ?? "", /already running/);

    let sawPartial = false;
    for (let i = 0; i < 400; i++) {
      const page = await estatePage(routes, context);
      if (!page.includes('http-equiv="refresh"')) break;
      assert.match(page, /Fetching from Sophos Central/);
      const progress = /(\d+) \/ (\d+) tenants done, ([\d,]+) endpoints so far/.exec(page);
      if (progress && Number(progress[1]) < Number(progress[2]) && Number(progress[3]!.replace(/,/g, "")) > 0)
        sawPartial = true;
      await sleep(10);
    }
    assert.ok(sawPartial, "never saw a page with some endpoints counted and tenants still to do");
    sim.controls.setLatency(0);
    const done = await waitForFetch(routes, context);
    assert.match(done, /4 tenants, 2,480 endpoints/);
  });

  test("a tenant whose alerts fail after the first page shows the error, and its partial count adds nothing", async () => {
    const [flaky, ...others] = sim.estate.tenants;
    // The first page (1,000 alerts) is served, then the second fails on every attempt.
    sim.controls.script("GET /common/v1/alerts", ["pass", { status: 503 }, { status: 503 }], {
      tenantId: flaky!.id,
    });
    after(() => sim.controls.clearScripts());
    const routes = createEstateRoutes();
    const context = contextFor(async () => clientFor(sim));
    await postRefresh(routes, context);
    const page = await waitForFetch(routes, context);

    assert.deepEqual(rowNumbers(page, flaky!.id), expectedEndpointCounts(flaky!), "endpoint counts stay");
    const row = page.split("<tr>").find((r) => r.includes(`<code>${flaky!.id}</code>`)) ?? "";
    assert.match(row, /<td colspan="3"><span class="badge badge-warn">alerts: [^<]*\b503\b/);
    const alertTotals = rowNumbers(page, "Total (4 tenants)").slice(12);
    const expected = [0, 1, 2].map((i) => others.reduce((n, t) => n + (expectedAlertCounts(t)[i] ?? 0), 0));
    assert.deepEqual(alertTotals, expected, "the 1,000 alerts read before the failure are not counted");
  });
});

describe("estate page when some tenants fail", () => {
  let sim: RunningSimulator;
  before(async () => {
    // Of 6 tenants, the last is unmanaged (403) and the one before it has no apiHost.
    sim = await startSimulator({
      seed: 12,
      tenants: 6,
      endpointsPerTenant: 30,
      unmanagedTenants: 1,
      tenantsWithoutApiHost: 1,
      now: () => NOW,
    });
  });
  after(() => sim.close());

  test("failing tenants are listed with their error, the others still count, and no secret shows", async () => {
    const unmanaged = sim.estate.tenants.find((t) => t.managed === false)!;
    const noHost = sim.estate.tenants.find((t) => t.apiHostAvailable === false)!;
    const healthy = sim.estate.tenants.filter((t) => t !== unmanaged && t !== noHost);
    const broken = healthy[0]!;
    const counted = healthy.slice(1);
    sim.controls.script("GET /endpoint/v1/endpoints", [{ status: 500 }, { status: 500 }], {
      tenantId: broken.id,
    });
    // This tenant's endpoints read fine but its alerts do not.
    const noAlerts = counted[1]!;
    sim.controls.script("GET /common/v1/alerts", [{ status: 500 }, { status: 500 }], {
      tenantId: noAlerts.id,
    });
    after(() => sim.controls.clearScripts());
    // A customer names its own tenant: the name is hostile markup.
    counted[0]!.name = `<script>alert("pwned")</script>`;

    const routes = createEstateRoutes();
    const client = clientFor(sim);
    const context = contextFor(async () => client);
    await postRefresh(routes, context);
    const page = await waitForFetch(routes, context);

    assert.match(page, /Tenants that could not be read \(3\)/);
    for (const failed of [unmanaged, noHost, broken]) {
      const listed = new RegExp(
        `<td><code>${failed.id}</code></td> <td><span class="badge badge-error">failed</span> ([^<]+)</td>`,
      );
      const message = listed.exec(page)?.[1];
      assert.ok(message !== undefined && message.length > 10, `${failed.name} is not listed with an error`);
      assert.equal(rowNumbers(page, failed.id).length, 0, `${failed.name} has a count row`);
    }
    assert.match(page, /\b403\b/);
    assert.match(page, /\b500\b/);
    const total = new Array<number>(COLUMNS).fill(0);
    for (const tenant of counted) {
      // Alerts that could not be read are shown as an error, not as counts, and add nothing to the totals.
      const expected =
        tenant === noAlerts ? [...expectedEndpointCounts(tenant), 0, 0, 0] : expectedRow(tenant);
      const shown = expected.slice(0, tenant === noAlerts ? 12 : COLUMNS);
      assert.deepEqual(rowNumbers(page, tenant.id), shown, `counts of ${tenant.name}`);
      expected.forEach((n, i) => (total[i] = (total[i] ?? 0) + n));
    }
    const row = page.split("<tr>").find((r) => r.includes(`<code>${noAlerts.id}</code>`)) ?? "";
    assert.match(
      row,
      /<\/td><td colspan="3"><span class="badge badge-warn">alerts: [^<]*\b500\b[^<]*<\/span><\/td> <\/tr>/,
      "the tenant whose alerts failed does not say why in the alert columns",
    );
    assert.match(page, /alerts of 1 tenants could not be read/);
    assert.deepEqual(rowNumbers(page, `Total (${counted.length} tenants)`), total);
    assert.ok(!page.includes("<script>"), "a tenant name reached the page as markup");
    assert.ok(page.includes("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"));
    for (const credential of sim.credentials) assert.ok(!page.includes(credential.clientSecret));
  });
});

describe("estate page without credentials", () => {
  test("the page shows the credential error and how to configure credentials", async () => {
    const routes = createEstateRoutes();
    // The dashboard builds its client the way the CLI does; with nothing configured this rejects.
    const context = contextFor(async () => {
      await resolveCentralCredentials({ env: {}, config: {}, isTTY: false });
      throw new Error("unreachable: credentials resolved from nothing");
    });
    await postRefresh(routes, context);
    const page = await waitForFetch(routes, context);
    assert.match(page, /fetch failed/);
    assert.match(page, /No Sophos Central credentials: set SOPHOS_CLIENT_ID and SOPHOS_CLIENT_SECRET/);
    assert.match(page, /Configure credentials: set <code>SOPHOS_CLIENT_ID<\/code>/);
    assert.match(page, /Fetch from Sophos Central/, "the user can try again");
  });
});
