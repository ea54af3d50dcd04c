import { generateDirectory } from "./directory/generate-directory.js";
import { ESTATE_FORMAT, ESTATE_VERSION, type Estate, type SimCredential } from "./estate-types.js";
import { generateTenant } from "./generate/generate-tenant.js";
import { createRng, type Rng } from "./generate/prng.js";
import { webControlCategories } from "./generate/web-categories.js";
import { defaultSavedQueries } from "./saved-queries/default-saved-queries.js";
import { enableTelemetry } from "./telemetry/enable-telemetry.js";
import type { TelemetrySettings } from "./telemetry/telemetry-types.js";

/** Options of {@link generateEstate}. Counts of special tenants default to 0. */
export interface GenerateEstateOptions {
  seed: number;
  tenants: number;
  endpointsPerTenant: number;
  /** Reference instant (ms) for every relative timestamp; default `Date.now()`. */
  now?: number;
  /** Alerts per tenant; default a quarter of the endpoints, at least 5 and at most 2,000. */
  alertsPerTenant?: number;
  /** Tenants the organization credential sees (the first N); default half, at least one. */
  organizationTenants?: number;
  /** The last N tenants have Partner Assistance off: listed, but their data answers 403. */
  unmanagedTenants?: number;
  /** N tenants (just before the unmanaged ones) are listed without `apiHost`. */
  tenantsWithoutApiHost?: number;
  /** Add query telemetry with planted indicators (`telemetry`, `plantedIndicators` sections). */
  telemetry?: boolean | Partial<TelemetrySettings>;
  /**
   * Add each tenant's Active Directory (`directory` sections). Default: on for estates of up to
   * 200,000 endpoints, where it costs little memory; larger benchmark estates skip it.
   */
  directory?: boolean;
  /** Add the IOC hunting saved queries (top-level `savedQueries`); default on. */
  savedQueries?: boolean;
}

const DIRECTORY_AUTO_LIMIT = 200_000;

const HEX = "0123456789abcdef";

function credential(rng: Rng, kind: SimCredential["kind"], id: string): SimCredential {
  return { kind, id, clientId: rng.uuid(), clientSecret: rng.chars(HEX, 80) };
}

function count(value: number | undefined, name: string, max: number): number {
  const n = value ?? 0;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new RangeError(`${name} must be an integer from 0 to ${max}, got ${n}`);
  return n;
}

/**
 * Generate a realistic estate deterministically from `seed` (and `now`): one partner seeing every
 * tenant, one organization seeing the first tenants, one credential per partner, organization and
 * tenant. Tenants are spread over several regions.
 *
 * @example generateEstate({ seed: 1, tenants: 5, endpointsPerTenant: 200, now: Date.parse("2025-01-01") })
 */
export function generateEstate(options: GenerateEstateOptions): Estate {
  const tenants = count(options.tenants, "tenants", 100_000);
  const endpoints = count(options.endpointsPerTenant, "endpointsPerTenant", 10_000_000);
  const unmanaged = count(options.unmanagedTenants, "unmanagedTenants", tenants);
  const noApiHost = count(options.tenantsWithoutApiHost, "tenantsWithoutApiHost", tenants - unmanaged);
  const orgTenants = Math.min(tenants, options.organizationTenants ?? Math.max(1, Math.ceil(tenants / 2)));
  const now = options.now ?? Date.now();
  const rng = createRng(options.seed, "estate");
  const partner = { id: rng.uuid(), name: "Northwind IT Services" };
  const organization = { id: rng.uuid(), name: "Northwind Enterprise Group", partnerId: partner.id };

  const tenantList = Array.from({ length: tenants }, (_, index) =>
    generateTenant({
      seed: options.seed,
      index,
      endpoints,
      ...(options.alertsPerTenant === undefined ? {} : { alerts: options.alertsPerTenant }),
      now,
      partnerId: partner.id,
      ...(index < orgTenants ? { organizationId: organization.id } : {}),
      managed: index < tenants - unmanaged,
      apiHostAvailable: index < tenants - unmanaged - noApiHost || index >= tenants - unmanaged,
    }),
  );
  const credentials = [
    credential(rng, "partner", partner.id),
    credential(rng, "organization", organization.id),
    ...tenantList.map((tenant) =>
      credential(createRng(options.seed, "credential", tenant.id), "tenant", tenant.id),
    ),
  ];
  const estate: Estate = {
    format: ESTATE_FORMAT,
    version: ESTATE_VERSION,
    generatedAt: new Date(now).toISOString(),
    seed: options.seed,
    partners: [partner],
    organizations: [organization],
    credentials,
    webControlCategories: webControlCategories(),
    tenants: tenantList,
  };
  if (options.directory ?? tenants * endpoints <= DIRECTORY_AUTO_LIMIT) {
    estate.tenants.forEach((tenant, index) => {
      const directory = generateDirectory(createRng(options.seed, "directory", index), tenant, now);
      if (directory !== undefined) tenant.directory = directory;
    });
  }
  if (options.savedQueries ?? true) estate.savedQueries = defaultSavedQueries();
  if (options.telemetry) enableTelemetry(estate, options.telemetry === true ? {} : options.telemetry);
  return estate;
}
