import type { Indicator, IndicatorType } from "../indicator.js";
import type { HuntApi } from "../templates/build-ioc-template.js";

/** Which API(s) a hunt runs on. */
export type HuntApiChoice = HuntApi | "both";

/** One indicator seen on one endpoint, merged across batches and APIs. */
export interface HuntHit {
  tenantId: string;
  tenantName: string;
  endpointId: string;
  hostname: string;
  indicatorType: IndicatorType;
  indicator: string;
  /** Telemetry column that matched, e.g. `sha256`, `destination_ip`. */
  matchedColumn: string;
  /** The value found in that column (differs from `indicator` for wildcards and case). */
  where: string;
  /** Earliest event time seen (ISO), empty when the API gave none. */
  when: string;
  /** Which APIs found it: `ld`, `xdr` or `ld+xdr`. */
  api: string;
  /** Number of matching rows. */
  count: number;
  /** The indicator as read (with its provenance), when it could be traced back. */
  source?: Indicator;
}

/** An endpoint Live Discover could not query (offline); the Data Lake still covers it. */
export interface UnreachableEndpoint {
  tenantId: string;
  tenantName: string;
  endpointId: string;
  hostname: string;
  lastSeenAt: string;
}

/** A run or tenant that failed; the rest of the hunt went on. */
export interface HuntFailure {
  tenantId: string;
  tenantName: string;
  api: HuntApi | "tenant";
  message: string;
}

/** Counters of a hunt (for reports and benchmarks). */
export interface HuntStats {
  runs: number;
  statusPolls: number;
  resultPages: number;
  /** Data Lake runs canceled after an abort. */
  canceledRuns: number;
  /** Runs left going after an abort: Live Discover ones (no cancel route) and failed cancels. */
  uncanceledRuns: number;
}

/** What a hunt found. */
export interface HuntResult {
  hits: HuntHit[];
  unreachable: UnreachableEndpoint[];
  failures: HuntFailure[];
  /** Indicators a query cannot compare (CIDR networks), left out. */
  skipped: Indicator[];
  stats: HuntStats;
}

/** Options of {@link runHunt}. */
export interface HuntOptions {
  api: HuntApiChoice;
  /** Data Lake time range (ISO timestamp, date, or ISO-8601 duration); default the whole lake. */
  from?: string;
  to?: string;
  /**
   * Ctrl-C: aborts in-flight requests at once, cancels the Data Lake runs already started, then
   * rejects with a {@link HuntInterruptedError}.
   */
  signal?: AbortSignal;
  /** After an abort, how long each Data Lake cancel request may take (default 5 s). */
  cancelGraceMs?: number;
  /** Tenants worked on at once (default 50: a hunt mostly waits). */
  concurrency?: number;
  /** Largest IOC JSON variable in bytes (default `DEFAULT_IOC_VARIABLE_MAX_BYTES`). */
  maxVariableBytes?: number;
  /** Status polling back-off: first wait, growth factor, longest wait (defaults 500 ms, 1.25, 10 s). */
  poll?: { initialMs?: number; factor?: number; maxMs?: number };
  /** Give up on a run after this long (default 15 minutes, the Data Lake's own limit). */
  runTimeoutMs?: number;
}
