import type { Alert, Endpoint, HealthStatus } from "../../central/types.js";

const DAY_MS = 86_400_000;
const HEALTH: readonly HealthStatus[] = ["good", "suspicious", "bad", "unknown"];

/** The alert severities Central uses (reference §6.1), most urgent first. */
const ALERT_SEVERITIES: readonly Alert["severity"][] = ["high", "medium", "low"];

/** Counts over a set of endpoints and their tenants' open alerts (one tenant, or several summed). */
export interface EstateTally {
  total: number;
  computers: number;
  servers: number;
  health: Record<HealthStatus, number>;
  online: number;
  /** Endpoints not seen for more than `staleDays[i]` days, index-aligned with the thresholds used. */
  stale: number[];
  tamperOff: number;
  /** Isolated by an admin or by the device itself; the two parts follow. */
  isolated: number;
  adminIsolated: number;
  selfIsolated: number;
  /** Open alerts by severity (an alert with any other severity is not counted). */
  alerts: Record<Alert["severity"], number>;
}

/** A tally of nothing, with one stale counter per threshold. */
export function emptyTally(staleBuckets: number): EstateTally {
  return {
    total: 0,
    computers: 0,
    servers: 0,
    health: { good: 0, suspicious: 0, bad: 0, unknown: 0 },
    online: 0,
    stale: new Array<number>(staleBuckets).fill(0),
    tamperOff: 0,
    isolated: 0,
    adminIsolated: 0,
    selfIsolated: 0,
    alerts: { high: 0, medium: 0, low: 0 },
  };
}

/** The instants (ms) before which a last-seen time counts as stale, one per threshold in days. */
export function staleCutoffs(now: Date, staleDays: readonly number[]): number[] {
  return staleDays.map((days) => now.getTime() - days * DAY_MS);
}

/**
 * Count one endpoint into `tally` (mutated: an MSP estate can be a million endpoints, so no copy per
 * endpoint). Records are not schema-checked one by one for the same reason; every field is read
 * defensively instead, and anything missing or unexpected lands in the neutral bucket (health
 * "unknown", not online, not stale, tamper protection not counted as off).
 */
export function tallyEndpoint(tally: EstateTally, endpoint: Endpoint, cutoffs: readonly number[]): void {
  tally.total += 1;
  if (endpoint.type === "computer") tally.computers += 1;
  else if (endpoint.type === "server") tally.servers += 1;
  const overall = endpoint.health?.overall;
  tally.health[overall !== undefined && HEALTH.includes(overall) ? overall : "unknown"] += 1;
  if (endpoint.online === true) tally.online += 1;
  // A device without a (valid) last-seen time is not called stale: we cannot say for how long.
  const seen = typeof endpoint.lastSeenAt === "string" ? Date.parse(endpoint.lastSeenAt) : Number.NaN;
  if (!Number.isNaN(seen)) {
    cutoffs.forEach((cutoff, i) => {
      if (seen < cutoff) tally.stale[i] = (tally.stale[i] ?? 0) + 1;
    });
  }
  // Only an explicit false counts. A device that does not support tamper protection reports false
  // too (so does our simulator; the reference is silent) and is as unprotected, so it counts.
  if (endpoint.tamperProtectionEnabled === false) tally.tamperOff += 1;
  const isolation = endpoint.isolation;
  if (isolation?.status === "isolated") {
    tally.isolated += 1;
    if (isolation.adminIsolated === true) tally.adminIsolated += 1;
    if (isolation.selfIsolated === true) tally.selfIsolated += 1;
  }
}

/**
 * Count one alert into `tally` (mutated; alerts are counted as they stream in and never kept). Read
 * defensively like endpoints: a severity Central adds later is left out rather than miscounted.
 */
export function tallyAlert(tally: EstateTally, alert: Pick<Alert, "severity">): void {
  const severity = alert.severity;
  if (ALERT_SEVERITIES.includes(severity)) tally.alerts[severity] += 1;
}

/** Add `part` into `into` (mutated), e.g. for the totals row. */
export function addTally(into: EstateTally, part: EstateTally): void {
  into.total += part.total;
  into.computers += part.computers;
  into.servers += part.servers;
  for (const status of HEALTH) into.health[status] += part.health[status];
  into.online += part.online;
  part.stale.forEach((count, i) => {
    into.stale[i] = (into.stale[i] ?? 0) + count;
  });
  into.tamperOff += part.tamperOff;
  into.isolated += part.isolated;
  into.adminIsolated += part.adminIsolated;
  into.selfIsolated += part.selfIsolated;
  for (const severity of ALERT_SEVERITIES) into.alerts[severity] += part.alerts[severity];
}

/** The sum of `tallies` (a new tally), e.g. the totals row or the summary cards over every tenant. */
export function sumTallies(tallies: Iterable<EstateTally>, staleBuckets: number): EstateTally {
  const sum = emptyTally(staleBuckets);
  for (const tally of tallies) addTally(sum, tally);
  return sum;
}

/**
 * Tally a whole listing at `now` with the given stale thresholds.
 *
 * @example tallyEndpoints(endpoints, new Date(), [30, 90]).stale[1] // not seen for more than 90 days
 */
export function tallyEndpoints(
  endpoints: Iterable<Endpoint>,
  now: Date,
  staleDays: readonly number[],
): EstateTally {
  const tally = emptyTally(staleDays.length);
  const cutoffs = staleCutoffs(now, staleDays);
  for (const endpoint of endpoints) tallyEndpoint(tally, endpoint, cutoffs);
  return tally;
}
