import type { DataRegion } from "../../central/types.js";
import type { Estate, EstateAlert, SimCredential } from "../estate/estate-types.js";
import type { TelemetrySettings } from "../estate/telemetry/telemetry-types.js";

/** Options of `startSimulator`. Every field is optional; the defaults give a small, quiet estate. */
export interface SimulatorOptions {
  /** TCP port; default 0 (ephemeral). The server listens on 127.0.0.1 only. */
  port?: number;
  /** A loaded estate (it becomes the live state); otherwise one is generated from the fields below. */
  estate?: Estate;
  seed?: number;
  tenants?: number;
  endpointsPerTenant?: number;
  /** Generation extras (see `generateEstate`); ignored when `estate` is given. */
  alertsPerTenant?: number;
  unmanagedTenants?: number;
  tenantsWithoutApiHost?: number;
  /**
   * Query telemetry for Live Discover / XDR (planted indicators in `estate.plantedIndicators`), e.g.
   * `{ queryDurationMs: 100 }`; ignored when `estate` is given (use `enableTelemetry` on it).
   */
  telemetry?: boolean | Partial<TelemetrySettings>;
  /** Added before every response, in milliseconds. */
  latencyMs?: number;
  /** 0..1: share of requests answered with 500/502/503 or a connection reset. */
  faultRate?: number;
  /** Requests per second per (credential, tenant); above it: 429 with `Retry-After` (integer seconds). */
  rateLimit?: number;
  /** Access-token lifetime; default 3600 (as Sophos). */
  tokenTtlSeconds?: number;
  /** Seconds an isolation change stays "in progress" (further changes answer 409); default 30. */
  isolationChangeSeconds?: number;
  /** Clock in ms (token expiry, rate limiting, `online`, new alerts); default `Date.now`. */
  now?: () => number;
  /** Serve HTTPS with this PEM key and certificate (for CA-bundle tests). */
  tls?: { key: string; cert: string };
}

/** A canned answer for `controls.script`: pass to the real handler, reset the connection, or reply. */
export type ScriptedResponse =
  | "pass"
  | "reset"
  | {
      status: number;
      /** Default for errors: the standard Central error body; a 429 also gets `Retry-After: 1`. */
      body?: unknown;
      headers?: Record<string, string>;
    };

/** Live knobs for tests, demos and benchmarks. */
export interface SimControls {
  /** Every token issued so far answers 401 from now on (clients must re-authenticate). */
  expireAllTokens(): void;
  setFaultRate(rate: number): void;
  setLatency(ms: number): void;
  setRateLimit(perSecond: number | undefined): void;
  /** While down, every request to that region's host gets a connection reset. */
  setRegionDown(region: DataRegion, down: boolean): void;
  /**
   * Queue canned answers for a route, consumed one per matching request, e.g.
   * `script("GET /endpoint/v1/endpoints", [{ status: 429 }, "pass"])`. Route keys are
   * `METHOD /path/with/{params}` as in `stats.byRoute`; an unknown key throws. With `tenantId`, only
   * requests for that tenant consume them.
   */
  script(routeKey: string, responses: ScriptedResponse[], options?: { tenantId?: string }): void;
  /** Drop every queued scripted answer. */
  clearScripts(): void;
  /** Add an alert raised "now" (simulator clock) for a tenant; returns it as stored. */
  raiseAlert(tenantId: string, partial?: Partial<EstateAlert>): EstateAlert;
  /** Set when an endpoint was last seen (e.g. a device coming back online). */
  setEndpointLastSeen(tenantId: string, endpointId: string, iso: string): void;
  /** Every route key the simulator serves (for `script`). */
  routeKeys(): string[];
}

/** Counters since start. */
export interface SimStats {
  requests: number;
  /** Requests per route key (`GET /endpoint/v1/endpoints`), unknown routes under `unknown`. */
  byRoute: Record<string, number>;
  rateLimited: number;
  faults: number;
}

/** A running simulator. */
export interface RunningSimulator {
  /** Stands in for https://id.sophos.com, e.g. http://127.0.0.1:PORT/id */
  idUrl: string;
  /** Stands in for https://api.central.sophos.com, e.g. http://127.0.0.1:PORT/api */
  apiUrl: string;
  /** Region host base URL, e.g. `regionUrl("eu01")` = http://127.0.0.1:PORT/region/eu01 */
  regionUrl(region: DataRegion): string;
  credentials: SimCredential[];
  /** The live estate: deletes, isolation changes and new alerts are visible here. */
  estate: Estate;
  stats: SimStats;
  controls: SimControls;
  close(): Promise<void>;
}
