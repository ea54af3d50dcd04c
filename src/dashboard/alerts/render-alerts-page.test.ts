import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { AlertSnapshot, AlertState } from "./alert-snapshot.js";
import { testAlertRow } from "./internal/alert-fixtures.js";
import { renderAlertsPage } from "./render-alerts-page.js";

function snapshot(extra: Partial<AlertSnapshot> = {}): AlertSnapshot {
  return {
    fetchedAt: new Date("2026-06-01T12:00:00.000Z"),
    durationMs: 1_234,
    perTenantCap: 200,
    overallCap: 5_000,
    tenants: [
      { tenantId: "t1", name: "Tenant One", counts: { high: 1, medium: 1, low: 1, total: 3 }, kept: 3 },
    ],
    failures: [],
    alerts: [
      testAlertRow(3, { severity: "high", agent: { id: "ep-1", name: "PC-1", type: "computer" } }),
      testAlertRow(2, { severity: "medium", allowedActions: ["acknowledge", "cleanPua"] }),
      testAlertRow(1, { severity: "low", allowedActions: [] }),
    ],
    ...extra,
  };
}

const render = (state: Partial<AlertState>, query = ""): string =>
  renderAlertsPage(
    { snapshot: undefined, running: undefined, problem: undefined, ...state },
    new URLSearchParams(query),
    "tok",
  ).body.value.replace(/\s+/g, " ");

describe("renderAlertsPage", () => {
  test("before any fetch: only the explanation and the fetch form with its csrf field", () => {
    const page = render({});
    assert.match(page, /Nothing has been fetched yet/);
    assert.match(page, /action="\/alerts\/refresh"> <input type="hidden" name="csrf" value="tok" \/>/);
    assert.match(page, /Fetch alerts from Sophos Central/);
    assert.doesNotMatch(page, /<table/);
  });

  test("severity badges: high red, medium amber, low grey; agent, actions and tenant id shown", () => {
    const page = render({ snapshot: snapshot() });
    assert.match(page, /<span class="badge badge-error">high<\/span>/);
    assert.match(page, /<span class="badge badge-warn">medium<\/span>/);
    assert.match(page, /<span class="badge badge-skip">low<\/span>/);
    assert.match(page, /PC-1<br \/><code class="muted">ep-1<\/code>/);
    assert.match(page, /<code>acknowledge<\/code> <code>cleanPua<\/code>/);
    assert.match(page, /Tenant One<br \/><code class="muted">t1<\/code>/);
    assert.match(page, /Fetched 2026-06-01 12:00:00 UTC in 1.2 s: 1 tenants, 3 open alerts/);
    assert.doesNotMatch(page, /Only the newest/);
  });

  test("a hostile description, tenant name, agent name and failure message are escaped", () => {
    const evil = `<img src=x onerror="alert(1)">`;
    const page = render({
      snapshot: snapshot({
        alerts: [testAlertRow(1, { description: evil, tenantName: evil, agent: { id: evil, name: evil } })],
        failures: [{ tenantId: "t9", name: evil, message: evil }],
      }),
    });
    assert.ok(!page.includes("<img"), "markup from Central reached the page");
    assert.ok(page.includes("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"));
  });

  test("a page of 100 rows and a pager that keeps the filters", () => {
    const alerts = Array.from({ length: 250 }, (_, i) => testAlertRow(1000 - i, { severity: "low" }));
    const page = render({ snapshot: snapshot({ alerts }) }, "severity=low&page=2");
    assert.equal(page.match(/<tr data-alert-id="[^"]*"> <td><time/g)?.length, 100);
    assert.match(page, /Page 2 of 3 \(250 matching\)/);
    assert.ok(page.includes('href="/alerts?severity=low&amp;page=3"'));
    assert.match(page, /<option value="low" selected>/);
  });

  test("caps are explained with the tenants they cut", () => {
    const page = render({
      snapshot: snapshot({
        tenants: [
          { tenantId: "t1", name: "Big", counts: { high: 0, medium: 250, low: 0, total: 250 }, kept: 200 },
        ],
      }),
    });
    assert.match(page, /Only the newest 200 alerts of a tenant are kept; .* Big \(200 of 250\)/);
  });

  test("a credential problem says how to configure credentials; a running fetch refreshes itself", () => {
    const problem = render({
      problem: { message: "no Sophos Central credentials", at: new Date(0), credentials: true },
    });
    assert.match(problem, /fetch failed.*no Sophos Central credentials/);
    assert.match(problem, /set <code>SOPHOS_CLIENT_ID<\/code> and <code>SOPHOS_CLIENT_SECRET<\/code>/);
    const running = render({
      running: { startedAt: new Date(0), tenantsTotal: 4, tenantsDone: 1, alerts: 50 },
    });
    assert.match(running, /http-equiv="refresh"/);
    assert.match(running, /1 \/ 4 tenants done, 50 alerts read so far/);
    assert.doesNotMatch(running, /<form class="inline"/);
  });
});
