import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { dashboardRoutes } from "../../src/cli/commands/dashboard/dashboard-routes.js";
import { HUNT_ROUTES } from "../../src/dashboard/hunts/hunt-routes.js";
import { squash } from "../../src/dashboard/pages/internal/page-fixtures.js";
import type { HuntRunHit, HuntRunInput } from "../../src/store/index.js";
import { startHarness, type ServerHarness } from "./server-harness.js";

// The harness's clock is 2026-01-01T00:00:00Z.
const HOSTILE_HOST = `<script>alert("host")</script>`;
const HOSTILE_IOC = `"><img src=x onerror=alert(1)>`;

function hit(n: number, overrides: Partial<HuntRunHit> = {}): HuntRunHit {
  return {
    tenantId: n % 2 === 0 ? "t-acme" : "t-beta",
    tenantName: n % 2 === 0 ? "Acme Corp" : "Beta & Sons",
    endpointId: `ep-${n}`,
    hostname: `PC-${String(n).padStart(3, "0")}`,
    indicatorType: "domain",
    indicator: n % 5 === 0 ? "c2.badcorp.example" : "drop.evil.example",
    matchedColumn: "domain",
    where: "c2.badcorp.example",
    when: "2025-12-30T10:00:00.000Z",
    api: "xdr",
    count: 3,
    ...overrides,
  };
}

function run(name: string, hits: HuntRunHit[], overrides: Partial<HuntRunInput> = {}): HuntRunInput {
  return {
    name,
    startedAt: "2025-12-31T22:00:00.000Z",
    finishedAt: "2025-12-31T22:01:30.000Z",
    api: "both",
    indicatorCount: 12,
    source: { kind: "misp", events: ["42"], tags: [] },
    tenantFilter: [],
    tenantsAsked: 3,
    failures: [],
    interrupted: false,
    hits,
    ...overrides,
  };
}

describe("dashboard pages: hunts", () => {
  let h: ServerHarness;
  let big: number;
  let hostile: number;
  let stopped: number;
  let clean: number;
  const get = async (path: string) => {
    const answer = await h.send(path, { headers: { cookie: h.cookie } });
    return { status: answer.status, text: squash(answer.text) };
  };
  before(async () => {
    h = await startHarness(HUNT_ROUTES);
    big = (
      await h.store.huntRuns.save(
        run(
          "weekly",
          Array.from({ length: 230 }, (_, i) => hit(i)),
        ),
      )
    ).id;
    clean = (
      await h.store.huntRuns.save(
        run("nothing-found", [], { source: { kind: "file", path: "/srv/iocs/feed.csv" }, api: "xdr" }),
      )
    ).id;
    stopped = (await h.store.huntRuns.save(run("stopped", [], { interrupted: true }))).id;
    hostile = (
      await h.store.huntRuns.save(
        run(`<b>bold</b>`, [hit(1, { hostname: HOSTILE_HOST, indicator: HOSTILE_IOC })], {
          failures: [
            { tenantId: "t-gone", tenantName: "<i>Gone</i> Ltd", api: "tenant", message: "403 <forbidden>" },
            { tenantId: "t-gone", tenantName: "<i>Gone</i> Ltd", api: "xdr", message: "run failed" },
          ],
        }),
      )
    ).id;
  });
  after(() => h.close());

  test("the Hunts page lists runs newest first with hits, failed tenants and status badges", async () => {
    const page = await get("/hunts");
    assert.equal(page.status, 200);
    const order = [hostile, stopped, clean, big].map((id) => page.text.indexOf(`href="/hunts/${id}"`));
    assert.ok(
      order.every((i, n) => i > 0 && (n === 0 || i > (order[n - 1] ?? 0))),
      `newest first: ${order.join()}`,
    );
    assert.match(page.text, /<span class="badge badge-error">230 hits<\/span>/);
    assert.match(page.text, /<span class="badge badge-ok">no hits<\/span>/);
    assert.match(page.text, /<span class="badge badge-warn">interrupted<\/span>/);
    assert.match(page.text, /<span class="badge badge-warn">partial<\/span>/);
    assert.match(
      page.text,
      /<td class="num"><span class="badge badge-warn">1<\/span><\/td>/,
      "one failed tenant",
    );
    assert.ok(page.text.includes("&lt;b&gt;bold&lt;/b&gt;") && !page.text.includes("<b>bold</b>"));
  });

  test("hostile hostnames, indicators, names, tenants and messages come out escaped", async () => {
    const page = await get(`/hunts/${hostile}`);
    assert.equal(page.status, 200);
    assert.ok(!page.text.includes("<script>"), "no live script");
    assert.ok(!page.text.includes("<img"), "no live image");
    assert.ok(page.text.includes("&lt;script&gt;alert(&quot;host&quot;)&lt;/script&gt;"));
    assert.ok(page.text.includes("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert.ok(page.text.includes("&lt;i&gt;Gone&lt;/i&gt; Ltd"));
    assert.ok(page.text.includes("403 &lt;forbidden&gt;"));
    assert.match(page.text, /<h2>Failed tenants<\/h2>/);
  });

  test("a run's page shows the summary, the re-run command and 100 hits a page with a pager", async () => {
    const page = await get(`/hunts/${big}`);
    assert.equal(page.status, 200);
    assert.ok(page.text.includes("centralctl hunt --misp-event 42 --api both --name weekly"));
    assert.equal(page.text.match(/<td><code>ep-\d+<\/code><\/td>/g)?.length, 100);
    assert.match(page.text, /Page 1 of 3 \(230 matching\)/);
    const last = await get(`/hunts/${big}?page=3`);
    assert.equal(last.text.match(/<td><code>ep-\d+<\/code><\/td>/g)?.length, 30);
    assert.ok(last.text.includes("<code>ep-229</code>"));
  });

  test("filters combine (tenant, hostname part, indicator part) and survive paging", async () => {
    const page = await get(`/hunts/${big}?tenant=t-acme&host=pc-1&indicator=BADCORP`);
    // Even, PC-1xx, a multiple of 5: 100, 110, ..., 190.
    assert.equal(page.text.match(/<td><code>ep-\d+<\/code><\/td>/g)?.length, 10);
    assert.ok(!page.text.includes("Beta &amp; Sons</td>"), "no other tenant's hits");
    assert.match(page.text, /<option value="t-acme" selected>/);
    assert.match(page.text, /value="pc-1"/);
    const acme = await get(`/hunts/${big}?tenant=t-acme`);
    assert.match(acme.text, /Page 1 of 2 \(115 matching\)/);
    assert.ok(acme.text.includes("tenant=t-acme&amp;page=2"), "the next link keeps the filter");
    const none = await get(`/hunts/${big}?host=no-such-host`);
    assert.match(none.text, /No hits match these filters/);
  });

  test("runs without hits say why, and a file source re-runs with its path", async () => {
    const empty = await get(`/hunts/${clean}`);
    assert.match(empty.text, /found none of its indicators/);
    assert.ok(
      empty.text.includes("centralctl hunt --iocs /srv/iocs/feed.csv --api xdr --name nothing-found"),
    );
    const interrupted = await get(`/hunts/${stopped}`);
    assert.match(interrupted.text, /interrupted before it wrote any hits/);
  });

  test("an unknown or malformed run id is a 404 page that links back to all hunts", async () => {
    for (const id of ["999", "abc", "0", "1e3", "99999999999999999999"]) {
      const page = await get(`/hunts/${id}`);
      assert.equal(page.status, 404, id);
      assert.match(page.text, /Hunt not found/);
      assert.match(page.text, /href="\/hunts"/);
    }
  });

  test("a page number far past the end shows no rows instead of failing", async () => {
    const page = await get(`/hunts/${big}?page=99999999999`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Page 99999999999 is past the last page of these hits/);
    assert.equal(page.text.match(/<td><code>ep-\d+<\/code><\/td>/g), null, "no hit rows");
    assert.ok(page.text.includes(`href="/hunts/${big}?page=3"`), "the pager leads back to the last page");
  });

  test("a Hunts page past the last one says so and leads back", async () => {
    const page = await get("/hunts?page=4");
    assert.equal(page.status, 200);
    assert.match(page.text, /Page 4 is past the last page of these hunts/);
    assert.ok(page.text.includes('href="/hunts?page=1"'));
  });

  test("two tenants with the same name are told apart by id in the hits' tenant menu", async () => {
    const twin = (n: number, tenantId: string) => hit(n, { tenantId, tenantName: "Acme Corp" });
    const id = (await h.store.huntRuns.save(run("twins", [twin(1, "t-acme-uk"), twin(2, "t-acme-us")]))).id;
    const page = await get(`/hunts/${id}?tenant=t-acme-us`);
    assert.match(page.text, /<option value="t-acme-uk">Acme Corp \(t-acme-uk\)<\/option>/);
    assert.match(page.text, /<option value="t-acme-us" selected>Acme Corp \(t-acme-us\)<\/option>/);
    assert.equal(page.text.match(/<td><code>ep-\d+<\/code><\/td>/g)?.length, 1, "only the chosen twin's hit");
  });

  test("the dashboard's menu lists Hunts right after Review", async () => {
    const labels = (await dashboardRoutes())
      .filter((r) => r.method === "GET" && r.nav !== undefined)
      .map((r) => (r.method === "GET" ? r.nav : ""));
    assert.equal(labels[labels.indexOf("Review") + 1], "Hunts");
  });
});

describe("dashboard pages: no hunts yet", () => {
  test("the Hunts page explains how runs get there", async () => {
    const h = await startHarness(HUNT_ROUTES);
    try {
      const page = await h.send("/hunts", { headers: { cookie: h.cookie } });
      assert.equal(page.status, 200);
      assert.match(squash(page.text), /No hunts saved yet.*--no-save/);
    } finally {
      await h.close();
    }
  });
});
