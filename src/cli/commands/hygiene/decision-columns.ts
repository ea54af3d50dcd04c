import type { Action, Decision, PlanSummary } from "../../../hygiene/index.js";
import type { Column } from "../../output/column.js";

/** Columns of `hygiene plan --output csv|table`; json and ndjson carry the whole decision. */
export const DECISION_COLUMNS: Column<Decision>[] = [
  { header: "tenantId", value: (d) => d.tenantId },
  { header: "endpointId", value: (d) => d.endpointId },
  { header: "hostname", value: (d) => d.hostname },
  { header: "action", value: (d) => d.action },
  { header: "reasons", value: (d) => d.reasons.join(" ") },
  { header: "sentence", value: (d) => d.sentence },
  { header: "lastSeenAt", value: (d) => d.evidence.central.lastSeenAt },
  { header: "match", value: (d) => d.evidence.match.kind },
  { header: "directoryDn", value: (d) => d.evidence.directory?.distinguishedName },
];

const ACTIONS: Action[] = ["delete", "review", "keep", "skip"];

/** One row per tenant of the plan summary: counts per action, in the order people act on them. */
export interface SummaryRow {
  tenant: string;
  counts: Record<Action, number>;
}

/** Rows of the per-tenant summary table, the total last. */
export function summaryRows(summary: PlanSummary, names: ReadonlyMap<string, string>): SummaryRow[] {
  const rows = Object.entries(summary.tenants).map(([id, counts]) => ({
    tenant: names.get(id) ?? id,
    counts,
  }));
  rows.sort((a, b) => (a.tenant < b.tenant ? -1 : a.tenant > b.tenant ? 1 : 0));
  rows.push({ tenant: "TOTAL", counts: summary.totals });
  return rows;
}

/** Columns of the summary table. */
export const SUMMARY_COLUMNS: Column<SummaryRow>[] = [
  { header: "tenant", value: (r) => r.tenant },
  ...ACTIONS.map((action) => ({ header: action, value: (r: SummaryRow) => r.counts[action] ?? 0 })),
];
