import assert from "node:assert/strict";
import { test } from "node:test";
import type { PlanSummary } from "../../store/index.js";
import { knownTenantNames } from "./known-tenant-names.js";

const plan = (id: string, summary: unknown): PlanSummary => ({
  id,
  createdAt: "2026-03-01T00:00:00Z",
  expiresAt: "2026-03-04T00:00:00Z",
  contentHash: "h",
  summary,
  decisionCount: 1,
});

test("names from every stored plan, the newest plan's name winning, foreign summaries ignored", () => {
  const names = knownTenantNames([
    plan("new", { summary: { tenantNames: { "t-1": "Acme Renamed" } } }),
    plan("foreign", "not a hygiene plan"),
    plan("old", { summary: { tenantNames: { "t-1": "Acme", "t-2": "Beta" } } }),
    plan("older", { summary: { totals: {} } }),
  ]);
  assert.deepEqual([...names].sort(), [
    ["t-1", "Acme Renamed"],
    ["t-2", "Beta"],
  ]);
});
