import type { AlertRow } from "./alert-row.js";

/** Open alerts of one tenant by severity, counted over all of them (not only the ones kept). */
export interface SeverityCounts {
  high: number;
  medium: number;
  low: number;
  /** Every alert, including severities Central may add later. */
  total: number;
}

/** One tenant that was read: its counts and how many of its alerts were kept. */
export interface TenantAlerts {
  tenantId: string;
  name: string;
  counts: SeverityCounts;
  /** How many of its newest alerts were kept (at most the per-tenant cap). */
  kept: number;
}

/** A tenant whose alerts could not be read, with a message safe to show (secrets already removed). */
export interface AlertFailure {
  tenantId: string;
  name: string;
  message: string;
}

/** The result of one completed fetch: the newest alerts and the counts of all of them. */
export interface AlertSnapshot {
  fetchedAt: Date;
  durationMs: number;
  /** The caps in force: newest per tenant, newest overall. */
  perTenantCap: number;
  overallCap: number;
  tenants: TenantAlerts[];
  failures: AlertFailure[];
  /** The kept alerts, newest first, at most `overallCap`. */
  alerts: AlertRow[];
}

/** How far a running fetch has got; updated in place while it runs. */
export interface AlertProgress {
  startedAt: Date;
  /** Unknown until the tenant listing is complete. */
  tenantsTotal: number | undefined;
  tenantsDone: number;
  /** Alerts read so far, kept or not. */
  alerts: number;
}

/** Why a whole fetch failed (no credentials, credentials refused, tenant listing failed). */
export interface AlertProblem {
  message: string;
  at: Date;
  /** The fix is in the credentials: the page then says how to configure them. */
  credentials: boolean;
}

/** No alerts counted. */
export function emptyCounts(): SeverityCounts {
  return { high: 0, medium: 0, low: 0, total: 0 };
}

/** Count one alert's severity into `counts` (mutated); other severities count only in `total`. */
export function countSeverity(counts: SeverityCounts, severity: string): void {
  counts.total += 1;
  if (severity === "high" || severity === "medium" || severity === "low") counts[severity] += 1;
}
