import type { EstateTenant } from "../../estate/estate-types.js";
import { telemetrySettings, TELEMETRY_DEFAULTS } from "../../estate/telemetry/enable-telemetry.js";
import { generateTelemetry } from "../../estate/telemetry/generate-telemetry.js";
import type { TelemetrySettings } from "../../estate/telemetry/telemetry-types.js";
import type { SimState } from "../sim-state.js";
import type { QueryOutput } from "./telemetry-db.js";
import { TelemetryDb } from "./telemetry-db.js";

/** What one endpoint of a Live Discover run answered. */
export interface EndpointRunPart {
  endpointId: string;
  hostname: string;
  type: string;
  platform: string;
  rows: Array<Record<string, unknown>>;
}

/** A query run as the simulator keeps it; status and result are derived from the clock when read. */
export interface StoredRun {
  id: string;
  api: "ld" | "xdr";
  tenantId: string;
  createdAt: number;
  durationMs: number;
  /** What the run body said (name, template, variables, from/to, query, matchEndpoints). */
  echo: Record<string, unknown>;
  /** The SQL error when the query failed. */
  error: string | undefined;
  output: QueryOutput;
  endpoints: EndpointRunPart[];
  canceled: boolean;
}

interface QueryState {
  settings: TelemetrySettings;
  rows: ReturnType<typeof generateTelemetry>["rowsByTenant"] | undefined;
  dbs: Map<string, TelemetryDb>;
  runs: Map<string, StoredRun>;
}

const STATES = new WeakMap<SimState, QueryState>();

/** The query-API state of a simulator, created on first use. */
export function queryState(state: SimState): QueryState {
  let found = STATES.get(state);
  if (!found) {
    found = {
      settings: telemetrySettings(state.estate) ?? TELEMETRY_DEFAULTS,
      rows: undefined,
      dbs: new Map(),
      runs: new Map(),
    };
    STATES.set(state, found);
  }
  return found;
}

/**
 * A tenant's telemetry database, built on first query. An estate without a `telemetry` section has
 * empty tables (queries run, find nothing).
 */
export function tenantDb(state: SimState, tenant: EstateTenant): TelemetryDb {
  const qs = queryState(state);
  let db = qs.dbs.get(tenant.id);
  if (!db) {
    if (telemetrySettings(state.estate))
      qs.rows ??= generateTelemetry(state.estate, qs.settings).rowsByTenant;
    db = new TelemetryDb(qs.rows?.get(tenant.id) ?? []);
    qs.dbs.set(tenant.id, db);
  }
  return db;
}

/** A run of this tenant and API, or undefined. */
export function findRun(
  state: SimState,
  tenant: EstateTenant,
  api: StoredRun["api"],
  id: string,
): StoredRun | undefined {
  const run = queryState(state).runs.get(id.toLowerCase());
  return run && run.tenantId === tenant.id && run.api === api ? run : undefined;
}

/**
 * Status and result of a run at `now`: pending for the first quarter of its duration, then started,
 * then finished with `succeeded` (or `failed` when the SQL failed); cancel finishes it as `canceled`.
 */
export function runPhase(
  run: StoredRun,
  now: number,
): { status: string; result: string; finishedAt: number | undefined } {
  const end = run.createdAt + run.durationMs;
  if (run.canceled) return { status: "finished", result: "canceled", finishedAt: end };
  if (now < run.createdAt + run.durationMs / 4)
    return { status: "pending", result: "notAvailable", finishedAt: undefined };
  if (now < end) return { status: "started", result: "notAvailable", finishedAt: undefined };
  return { status: "finished", result: run.error === undefined ? "succeeded" : "failed", finishedAt: end };
}
