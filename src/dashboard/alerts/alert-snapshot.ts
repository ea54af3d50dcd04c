import type { LiveProgress, LiveSnapshot, LiveState } from "../live/live-state.js";
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

/** The result of one completed fetch: the newest alerts and the counts of all of them. */
export interface AlertSnapshot extends LiveSnapshot {
  /** The caps in force: newest per tenant, newest overall. */
  perTenantCap: number;
  overallCap: number;
  tenants: TenantAlerts[];
  /** The kept alerts, newest first, at most `overallCap`. */
  alerts: AlertRow[];
}

/** How far a running alerts fetch has got; updated in place while it runs. */
export interface AlertProgress extends LiveProgress {
  /** Alerts read so far, kept or not. */
  alerts: number;
}

/** What the alerts page shows: the last good fetch, a fetch under way, the last whole-fetch failure. */
export type AlertState = LiveState<AlertSnapshot, AlertProgress>;

/** No alerts counted. */
export function emptyCounts(): SeverityCounts {
  return { high: 0, medium: 0, low: 0, total: 0 };
}

/** Count one alert's severity into `counts` (mutated); other severities count only in `total`. */
export function countSeverity(counts: SeverityCounts, severity: string): void {
  counts.total += 1;
  if (severity === "high" || severity === "medium" || severity === "low") counts[severity] += 1;
}
