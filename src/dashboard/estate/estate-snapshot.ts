import type { LiveProgress, LiveSnapshot, LiveState } from "../live/live-state.js";
import type { EstateTally } from "./estate-tally.js";

/** One tenant's counts. */
export interface TenantTally {
  tenantId: string;
  name: string;
  tally: EstateTally;
  /**
   * Why the tenant's alerts could not be read (secrets already removed), while its endpoints could;
   * its alert counts are then zero and must be shown as unknown, not as "no alerts".
   */
  alertsError?: string;
}

/** The result of one completed fetch from Sophos Central: counts only, never the endpoints. */
export interface EstateSnapshot extends LiveSnapshot {
  /** The stale thresholds (days) the tallies' `stale` counters are aligned with. */
  staleDays: readonly number[];
  rows: TenantTally[];
}

/** How far a running estate fetch has got; updated in place while it runs. */
export interface EstateProgress extends LiveProgress {
  endpoints: number;
}

/** What the estate page shows: the last good fetch, a fetch under way, the last whole-fetch failure. */
export type EstateState = LiveState<EstateSnapshot, EstateProgress>;
