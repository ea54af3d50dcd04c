import { emptyCounts, type AlertSnapshot, type SeverityCounts, type TenantAlerts } from "./alert-snapshot.js";

/** What the cards and the cap notes say about one fetch. */
export interface AlertSummary {
  /** Over every alert of every tenant that was read, kept or not. */
  counts: SeverityCounts;
  tenantsWithHigh: number;
  /** Tenants with more open alerts than were kept of them, most alerts first. */
  cappedTenants: TenantAlerts[];
  /** Alerts kept per tenant but then dropped by the overall cap. */
  droppedOverall: number;
  /** Every category among the kept alerts, sorted, for the filter's choices. */
  categories: string[];
}

/**
 * Add up a snapshot for its cards. The counts come from the tenants' full counts, not from the kept
 * alerts, so the cards stay true when the caps cut the table short.
 */
export function summarizeAlerts(snapshot: AlertSnapshot): AlertSummary {
  const counts = emptyCounts();
  let kept = 0;
  for (const tenant of snapshot.tenants) {
    counts.high += tenant.counts.high;
    counts.medium += tenant.counts.medium;
    counts.low += tenant.counts.low;
    counts.total += tenant.counts.total;
    kept += tenant.kept;
  }
  const cappedTenants = snapshot.tenants
    .filter((t) => t.counts.total > t.kept)
    .sort((a, b) => b.counts.total - a.counts.total || a.name.localeCompare(b.name));
  return {
    counts,
    tenantsWithHigh: snapshot.tenants.filter((t) => t.counts.high > 0).length,
    cappedTenants,
    droppedOverall: Math.max(0, kept - snapshot.alerts.length),
    categories: [...new Set(snapshot.alerts.map((a) => a.category).filter((c) => c !== ""))].sort(),
  };
}
