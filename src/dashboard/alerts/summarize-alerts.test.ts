import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { AlertSnapshot, TenantAlerts } from "./alert-snapshot.js";
import { testAlertRow } from "./internal/alert-fixtures.js";
import { summarizeAlerts } from "./summarize-alerts.js";

function tenant(name: string, high: number, medium: number, low: number, kept: number): TenantAlerts {
  return { tenantId: `id-${name}`, name, counts: { high, medium, low, total: high + medium + low }, kept };
}

function snapshot(tenants: TenantAlerts[], alerts = 0): AlertSnapshot {
  return {
    fetchedAt: new Date(0),
    durationMs: 5,
    perTenantCap: 200,
    overallCap: 300,
    tenants,
    failures: [],
    alerts: Array.from({ length: alerts }, (_, i) =>
      testAlertRow(i, { category: i % 2 ? "malware" : "policy" }),
    ),
  };
}

describe("summarizeAlerts", () => {
  test("counts come from every tenant's full counts, not from the kept alerts", () => {
    const summary = summarizeAlerts(snapshot([tenant("A", 2, 300, 10, 200), tenant("B", 0, 1, 1, 2)], 10));
    assert.deepEqual(summary.counts, { high: 2, medium: 301, low: 11, total: 314 });
    assert.equal(summary.tenantsWithHigh, 1);
  });

  test("names the tenants the per-tenant cap cut, most alerts first, and what the overall cap dropped", () => {
    const summary = summarizeAlerts(
      snapshot([tenant("A", 0, 210, 0, 200), tenant("B", 0, 1, 0, 1), tenant("C", 0, 0, 500, 200)], 300),
    );
    assert.deepEqual(
      summary.cappedTenants.map((t) => t.name),
      ["C", "A"],
    );
    assert.equal(summary.droppedOverall, 101);
  });

  test("categories of the kept alerts are offered once each, sorted", () => {
    assert.deepEqual(summarizeAlerts(snapshot([], 4)).categories, ["malware", "policy"]);
  });
});
