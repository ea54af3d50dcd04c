/** Which query API(s) a hunt ran on. */
export type HuntRunApi = "ld" | "xdr" | "both";

/**
 * Where a hunt's indicators came from, kept so the run can be explained and re-run. Never holds a
 * secret: no MISP URL (it may carry credentials) and no key; inline IOC JSON is not kept at all.
 */
export type HuntRunSource =
  { kind: "misp"; events: string[]; tags: string[] } | { kind: "file"; path: string } | { kind: "inline" };

/** A tenant (or one API run of it) the hunt could not cover. */
export interface HuntRunFailure {
  tenantId: string;
  tenantName: string;
  /** `ld`, `xdr`, or `tenant` when the whole tenant failed. */
  api: string;
  message: string;
}

/** One indicator seen on one endpoint in a run (the record `centralctl hunt` writes). */
export interface HuntRunHit {
  tenantId: string;
  tenantName: string;
  endpointId: string;
  hostname: string;
  indicatorType: string;
  indicator: string;
  /** Telemetry column that matched. */
  matchedColumn: string;
  /** The value found in that column. */
  where: string;
  /** Earliest event time (ISO), empty when the API gave none. */
  when: string;
  /** `ld`, `xdr` or `ld+xdr`. */
  api: string;
  /** Matching rows. */
  count: number;
  /** `source location` of the indicator, e.g. `iocs.json ioc_data[3]`. */
  source?: string;
}

/** What {@link HuntRunRepository.save} takes: a finished (or partial, or interrupted) run. */
export interface HuntRunInput {
  /** The hunt's `--name`. */
  name: string;
  /** ISO 8601. */
  startedAt: string;
  /** ISO 8601. */
  finishedAt: string;
  api: HuntRunApi;
  indicatorCount: number;
  source: HuntRunSource;
  /** Data Lake range as given (`--from`/`--to`). */
  from?: string;
  to?: string;
  /** The `--tenant` values given; empty means every tenant. */
  tenantFilter: string[];
  tenantsAsked: number;
  failures: HuntRunFailure[];
  /** Stopped by Ctrl-C: the run holds no hits. */
  interrupted: boolean;
  hits: HuntRunHit[];
}

/** A stored run without its hits. */
export interface HuntRun extends Omit<HuntRunInput, "hits"> {
  id: number;
  hitCount: number;
}

/** Which hits of a run to return; text filters ignore case, and absent or empty ones filter nothing. */
export interface HuntHitQuery {
  /** Exact tenant id. */
  tenantId?: string;
  /** Part of the hostname. */
  hostname?: string;
  /** Part of the indicator value. */
  indicator?: string;
  limit: number;
  offset: number;
}

/** One page of hits and how many match in all. */
export interface HuntHitPage {
  hits: HuntRunHit[];
  total: number;
}

/** Finished IOC hunts and their hits, for the dashboard and for looking back. */
export interface HuntRunRepository {
  /** Store a run and all its hits in one transaction; returns it with its new id. */
  save(run: HuntRunInput): Promise<HuntRun>;
  /** Runs newest first, without hits. */
  list(page?: { limit?: number; offset?: number }): Promise<HuntRun[]>;
  /** How many runs are stored. */
  count(): Promise<number>;
  get(id: number): Promise<HuntRun | undefined>;
  /** Hits of a run passing the filters, in the order the hunt wrote them. */
  hits(runId: number, query: HuntHitQuery): Promise<HuntHitPage>;
  /** The tenants that have hits in a run, by name (for a filter menu). */
  hitTenants(runId: number): Promise<Array<{ tenantId: string; tenantName: string }>>;
  /** Delete runs (and their hits) that finished more than `days` days ago; returns how many. */
  prune(days: number): Promise<number>;
  /** Runs that finished before `cutoff`, newest first: what {@link pruneBefore} would delete. */
  finishedBefore(cutoff: Date): Promise<HuntRun[]>;
  /** Delete runs (and their hits) that finished before `cutoff`; returns how many. */
  pruneBefore(cutoff: Date): Promise<number>;
}

/**
 * Tenants with at least one failed run (a tenant failing on both APIs counts once): what the CLI's
 * `hunt history`/`hunt hits` and the dashboard's Hunts pages call "failed tenants".
 */
export function failedTenantCount(run: Pick<HuntRun, "failures">): number {
  return new Set(run.failures.map((f) => f.tenantId)).size;
}

/**
 * The run id a user typed (CLI argument, dashboard URL), or undefined when it is not one: run ids
 * are the store's positive whole numbers, so `1e3`, `0x10` or `07` name no run.
 */
export function parseHuntRunId(text: string): number | undefined {
  if (!/^[1-9]\d{0,15}$/.test(text)) return undefined;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : undefined;
}
