import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EstateSnapshot, EstateState, TenantTally } from "./estate-snapshot.js";
import { emptyTally } from "./estate-tally.js";
import { ESTATE_PAGE_SIZE, renderEstatePage } from "./render-estate-page.js";

const AT = new Date("2026-06-01T12:00:00.000Z");
const HOSTILE = `<script>alert("x")</script> & Sons`;

function row(name: string, id: string, bad: number, total: number): TenantTally {
  const tally = emptyTally(2);
  tally.total = total;
  tally.computers = total;
  tally.health.bad = bad;
  tally.health.good = total - bad;
  return { tenantId: id, name, tally };
}

function snapshot(rows: TenantTally[], failures: EstateSnapshot["failures"] = []): EstateSnapshot {
  return { fetchedAt: AT, durationMs: 3210, staleDays: [30, 90], rows, failures };
}

const idle: EstateState = { snapshot: undefined, running: undefined, problem: undefined };
const render = (state: EstateState, query = ""): string =>
  // Whitespace collapsed: the assertions are about content, not indentation.
  renderEstatePage(state, new URLSearchParams(query), "tok-123").body.value.replace(/\s+/g, " ");

describe("renderEstatePage", () => {
  test("before any fetch it offers the fetch form, with the csrf field, and fetches nothing", () => {
    const page = render(idle);
    assert.match(page, /Nothing has been fetched yet/);
    assert.match(page, /<form class="inline" method="post" action="\/estate\/refresh">/);
    assert.match(page, /<input type="hidden" name="csrf" value="tok-123" \/>/);
    assert.match(page, /Fetch from Sophos Central/);
    assert.doesNotMatch(page, /http-equiv="refresh"/);
  });

  test("while a fetch runs it shows progress, reloads itself and offers no second fetch", () => {
    const page = render({
      ...idle,
      running: { startedAt: AT, tenantsTotal: 12, tenantsDone: 3, endpoints: 4500 },
    });
    assert.match(page, /<meta http-equiv="refresh" content="2" \/>/);
    assert.match(page, /3 \/ 12 tenants done, 4,500 endpoints so far/);
    assert.doesNotMatch(page, /<form[^>]*method="post"/);
  });

  test("tenant names and error messages from Central are escaped, never markup", () => {
    const page = render({
      ...idle,
      snapshot: snapshot(
        [row(HOSTILE, "t-1", 0, 3)],
        [{ tenantId: "t-2", name: `<img src=x onerror=alert(1)>`, message: `403 for <b>tenant</b>` }],
      ),
    });
    assert.ok(!page.includes("<script>"), "a <script> from a tenant name reached the page");
    assert.ok(!page.includes("<img"), "an <img> from a tenant name reached the page");
    assert.ok(page.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons"));
    assert.ok(page.includes("403 for &lt;b&gt;tenant&lt;/b&gt;"));
  });

  test("a fetched estate shows when and how long, a row per tenant with its id, totals and failures", () => {
    const page = render({
      ...idle,
      snapshot: snapshot(
        [row("Acme", "t-acme", 2, 10), row("Globex", "t-globex", 0, 5)],
        [{ tenantId: "t-x", name: "Initech", message: "PermissionError: 403 Forbidden" }],
      ),
    });
    assert.match(page, /Fetched 2026-06-01 12:00:00 UTC in 3\.2 s: 3 tenants, 15 endpoints/);
    assert.match(page, /Acme<br \/><code>t-acme<\/code>/);
    assert.match(page, /<th>Total \(2 tenants\)<\/th>\s*<td class="num">15<\/td>/);
    assert.match(page, /Tenants that could not be read \(1\)/);
    assert.match(page, /Initech<\/td>\s*<td><code>t-x<\/code><\/td>/);
    assert.match(page, /<span class="badge badge-error">2<\/span>/, "bad health shows as a badge");
    assert.ok(page.indexOf("t-acme") < page.indexOf("t-globex"), "worst tenant first");
    assert.match(page, /Fetch again/);
  });

  test("open alerts show as badges per severity, in the totals, on a card, and an unreadable count says why", () => {
    const acme = row("Acme", "t-acme", 0, 10);
    acme.tally.alerts = { high: 3, medium: 2, low: 7 };
    const globex = row("Globex", "t-globex", 0, 5);
    globex.tally.alerts = { high: 1, medium: 0, low: 0 };
    const initech = { ...row("Initech", "t-initech", 0, 4), alertsError: `403 <i>forbidden</i>` };
    const page = render({ ...idle, snapshot: snapshot([globex, initech, acme]) });
    const alertCells = (high: number, medium: number, low: number): string =>
      `<td class="num"><span class="badge badge-error">${high}</span></td>` +
      `<td class="num"><span class="badge badge-warn">${medium}</span></td><td class="num">${low}</td>`;
    assert.ok(page.includes(`${alertCells(3, 2, 7)} </tr>`), "high red, medium amber, low plain");
    assert.ok(
      page.includes(`<td class="num"><span class="badge badge-error">1</span></td><td class="num">0</td>`),
    );
    assert.match(
      page,
      /<code>t-initech<\/code><\/td> (<td class="num">\d+<\/td>){12}<td colspan="3"><span class="badge badge-warn">alerts: 403 &lt;i&gt;forbidden&lt;\/i&gt;<\/span><\/td> <\/tr>/,
      "the endpoint counts stay and the alert columns say why they are missing",
    );
    const totals = page.slice(page.indexOf("<th>Total (3 tenants)</th>"));
    assert.ok(totals.includes(`${alertCells(4, 2, 7)} </tr>`), "the totals row sums what was read");
    assert.match(
      page,
      /<h3>High alerts<\/h3> <p class="big">4<\/p> <p class="sub">2 medium, 7 low open; alerts of 1 tenants could not be read<\/p>/,
    );
    assert.match(page, /3 tenants, 19 endpoints, 13 open alerts/);
    const order = ["t-acme", "t-globex", "t-initech"].map((id) => page.indexOf(`<code>${id}</code>`));
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      "more open high alerts sorts first",
    );
  });

  test("headers link to their sort keeping the filter, and the filter narrows the rows and totals", () => {
    const page = render(
      { ...idle, snapshot: snapshot([row("Acme", "t-acme", 2, 10), row("Globex", "t-globex", 0, 5)]) },
      "q=glob&sort=total",
    );
    assert.match(page, /href="\/estate\?q=glob&amp;sort=bad"/);
    assert.match(page, /href="\/estate\?q=glob&amp;sort=stale-90"/);
    assert.match(page, /name="q" value="glob"/);
    assert.ok(!page.includes("t-acme<"), "the filtered-out tenant is listed");
    assert.match(page, /<th>Total \(1 tenants\)<\/th>\s*<td class="num">5<\/td>/);
  });

  test("hundreds of tenants are paged, and the totals still cover all of them", () => {
    const many = Array.from({ length: ESTATE_PAGE_SIZE + 20 }, (_, i) =>
      row(`Tenant ${String(i).padStart(3, "0")}`, `t-${i}`, 0, 1),
    );
    const first = render({ ...idle, snapshot: snapshot(many) }, "sort=name");
    assert.equal((first.match(/<code>t-/g) ?? []).length, ESTATE_PAGE_SIZE);
    assert.match(first, /page 1 of 2/);
    assert.match(first, /href="\/estate\?sort=name&amp;page=2"/);
    assert.match(first, /<th>Total \(120 tenants\)<\/th>\s*<td class="num">120<\/td>/);
    const second = render({ ...idle, snapshot: snapshot(many) }, "sort=name&page=2");
    assert.equal((second.match(/<code>t-/g) ?? []).length, 20);
  });

  test("a failed fetch for want of credentials says how to configure them", () => {
    const page = render({
      ...idle,
      problem: { message: "No Sophos Central credentials: set SOPHOS_CLIENT_ID", at: AT, credentials: true },
    });
    assert.match(page, /fetch failed/);
    assert.match(page, /No Sophos Central credentials/);
    assert.match(page, /<code>SOPHOS_CLIENT_SECRET<\/code>/);
    assert.match(page, /Fetch from Sophos Central/);
  });
});
