import type { LiveProgress } from "./live-state.js";

// Figures the live pages show; one place, so Estate and Alerts print counts and times alike.
const COUNT = new Intl.NumberFormat("en-US");

/** A count with thousands separators, e.g. `1,204,331`. */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** A duration for people: `850 ms`, `3.2 s`, `4 min 05 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/** An instant in UTC to the second, e.g. `2026-11-24 00:23:14 UTC` (the dashboard may run anywhere). */
export function formatInstant(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/**
 * The tenant part of a running fetch's progress, e.g. `3 / 12 tenants done`; while the tenants are
 * still being listed their number is unknown, so it says `listing tenants` instead.
 */
export function describeTenantProgress(progress: LiveProgress): string {
  return progress.tenantsTotal === undefined
    ? "listing tenants"
    : `${formatCount(progress.tenantsDone)} / ${formatCount(progress.tenantsTotal)} tenants done`;
}
