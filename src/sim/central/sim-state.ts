import type { DataRegion } from "../../central/types.js";
import type { Estate, EstateEndpoint, EstateTenant, SimCredential } from "../estate/estate-types.js";
import { sortAlerts } from "../estate/generate/generate-alerts.js";
import { createRng, type Rng } from "../estate/generate/prng.js";
import { TokenStore } from "./auth/token-store.js";
import { EndpointGroupBook } from "./groups/endpoint-group-book.js";
import { RateLimiter } from "./guards/rate-limiter.js";
import { ScriptQueue } from "./guards/script-queue.js";
import type { SimStats } from "./simulator-types.js";
import { isSortedById, sortById } from "./state/sorted-by-id.js";
import { ViewCache } from "./state/view-cache.js";

/** Settings the state is built from (resolved simulator options). */
export interface SimStateSettings {
  estate: Estate;
  seed: number;
  latencyMs: number;
  faultRate: number;
  rateLimit: number | undefined;
  tokenTtlSeconds: number;
  isolationChangeSeconds: number;
  now: () => number;
}

/**
 * Everything the running simulator knows: the live estate with its indexes, issued tokens, the
 * knobs of `SimControls` and the counters. Route handlers receive it through their context.
 */
export class SimState {
  readonly estate: Estate;
  readonly tokens = new TokenStore();
  readonly scripts = new ScriptQueue();
  readonly rateLimiter: RateLimiter;
  readonly regionsDown = new Set<string>();
  readonly stats: SimStats = { requests: 0, byRoute: {}, rateLimited: 0, faults: 0 };
  readonly faultRng: Rng;
  /** Filtered, sorted endpoint listings being paged through. */
  readonly endpointViews = new ViewCache<EstateEndpoint>();
  /** Endpoint groups (seeded from the endpoints' `group` values on first use). */
  readonly endpointGroups: EndpointGroupBook;
  readonly tokenTtlSeconds: number;
  readonly isolationChangeMs: number;
  readonly now: () => number;
  latencyMs: number;
  faultRate: number;
  /** Base URL of the server (`http://127.0.0.1:PORT`), known once it listens. */
  baseUrl = "";
  private readonly tenantsById = new Map<string, EstateTenant>();
  private readonly credentialsByClientId = new Map<string, SimCredential>();
  private readonly versions = new WeakMap<EstateTenant, number>();

  constructor(settings: SimStateSettings) {
    this.estate = settings.estate;
    this.endpointGroups = new EndpointGroupBook(settings.estate.generatedAt);
    this.latencyMs = settings.latencyMs;
    this.faultRate = settings.faultRate;
    this.rateLimiter = new RateLimiter(settings.rateLimit);
    this.tokenTtlSeconds = settings.tokenTtlSeconds;
    this.isolationChangeMs = settings.isolationChangeSeconds * 1000;
    this.now = settings.now;
    this.faultRng = createRng(settings.seed, "faults");
    for (const tenant of this.estate.tenants) {
      // Keyset paging and binary-search lookups rely on id order; loaded estates may not have it.
      if (!isSortedById(tenant.endpoints)) sortById(tenant.endpoints);
      sortAlerts(tenant.alerts);
      this.tenantsById.set(tenant.id, tenant);
    }
    for (const credential of this.estate.credentials)
      this.credentialsByClientId.set(credential.clientId, credential);
  }

  get idUrl(): string {
    return `${this.baseUrl}/id`;
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }

  /** The host of a data region (what whoami and tenant `apiHost` point at). */
  regionUrl(region: DataRegion): string {
    return `${this.baseUrl}/region/${region}`;
  }

  tenant(id: string): EstateTenant | undefined {
    return this.tenantsById.get(id.toLowerCase());
  }

  credentialByClientId(clientId: string): SimCredential | undefined {
    return this.credentialsByClientId.get(clientId);
  }

  /** Note that a tenant's data changed (invalidates cached sorted views). */
  touch(tenant: EstateTenant): void {
    this.versions.set(tenant, this.version(tenant) + 1);
  }

  version(tenant: EstateTenant): number {
    return this.versions.get(tenant) ?? 0;
  }
}
