import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EstateState } from "./estate-cache.js";
import type { EstateSnapshot, TenantTally } from "./estate-snapshot.js";
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
