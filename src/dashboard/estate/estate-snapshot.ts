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

/** A tenant that could not be read, with a message safe to show (secrets already removed). */
export interface TenantFailure {
  tenantId: string;
  name: string;
  message: string;
}

/** The result of one completed fetch from Sophos Central: counts only, never the endpoints. */
export interface EstateSnapshot {
  /** When the fetch started; "not seen for N days" is measured from this instant. */
  fetchedAt: Date;
  durationMs: number;
  /** The stale thresholds (days) the tallies' `stale` counters are aligned with. */
  staleDays: readonly number[];
  rows: TenantTally[];
  failures: TenantFailure[];
}

/** How far a running fetch has got; updated in place while it runs. */
export interface EstateProgress {
  startedAt: Date;
  /** Unknown until the tenant listing is complete. */
  tenantsTotal: number | undefined;
  tenantsDone: number;
  endpoints: number;
}

/** Why a whole fetch failed (no credentials, credentials refused, tenant listing failed). */
export interface EstateProblem {
  message: string;
  at: Date;
  /** The fix is in the credentials: the page then says how to configure them. */
  credentials: boolean;
}
