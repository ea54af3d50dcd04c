/**
 * The state every live page (Estate, Alerts) shares: data fetched from Sophos Central on request and
 * kept in memory only, because a live view is not history.
 */

/** How far a running fetch has got; the fetch updates it in place while it runs. */
export interface LiveProgress {
  startedAt: Date;
  /** Unknown until the tenant listing is complete. */
  tenantsTotal: number | undefined;
  tenantsDone: number;
}

/** Why a whole fetch failed (no credentials, credentials refused, tenant listing failed). */
export interface LiveProblem {
  message: string;
  at: Date;
  /** The fix is in the credentials: the page then says how to configure them. */
  credentials: boolean;
}

/** A tenant that could not be read, with a message safe to show (secrets already removed). */
export interface LiveTenantFailure {
  tenantId: string;
  name: string;
  message: string;
}

/** What every live page's completed fetch records besides its own data. */
export interface LiveSnapshot {
  /** When the fetch started (the page's "now" for ages such as "not seen for N days"). */
  fetchedAt: Date;
  durationMs: number;
  failures: LiveTenantFailure[];
}

/** What a live page shows: the last good fetch, a fetch under way, the last whole-fetch failure. */
export interface LiveState<Snapshot, Progress extends LiveProgress> {
  snapshot: Snapshot | undefined;
  running: Progress | undefined;
  problem: LiveProblem | undefined;
}
