import { forEachTenant, type CentralClient, type EndpointQuery } from "../../central/index.js";
import type { Tenant } from "../../central/types.js";
import { redactSecrets } from "../../util/redact.js";
import type { EstateProgress, EstateSnapshot, TenantFailure, TenantTally } from "./estate-snapshot.js";
import { emptyTally, staleCutoffs, tallyEndpoint } from "./estate-tally.js";

/**
 * What the estate page asks for. `basic` carries only id, type, tenant and hostname, so it cannot
 * show health, last seen, online, tamper protection or isolation. `summary` (the API default, "the
 * Central UI's columns") is the cheapest view with them, by the reference §5.2 and [MCP]'s types;
 * which keys summary holds is not documented (U), so `fields` names them explicitly as well, which
 * also trims each record to these few keys (a million endpoints is then tens of MB on the wire, not
 * hundreds). Top-level names only: dotted `fields` are not confirmed for the real API.
 */
export const ESTATE_ENDPOINT_QUERY: EndpointQuery = {
  view: "summary",
  fields: ["type", "health", "lastSeenAt", "online", "tamperProtectionEnabled", "isolation"],
};

/** Options of {@link fetchEstate}. */
export interface FetchEstateOptions {
  /** The reference instant for "not seen for N days". */
  now: Date;
  staleDays: readonly number[];
  /** Updated in place as tenants finish and endpoints arrive, for the page to show. */
  progress: EstateProgress;
  /** Tenants read at once; the client's own request limits still apply. Default `forEachTenant`'s. */
  concurrency?: number;
  /** Milliseconds clock for the duration; default `performance.now`. */
  clock?: () => number;
}

/**
 * Read every tenant's endpoints and count them as they stream in: only the per-tenant counts are
 * kept, never the endpoints (an MSP can have a million). A tenant that fails (403, no apiHost,
 * region down) is recorded with its message and the others still count; only a failure to list the
 * tenants at all rejects.
 */
export async function fetchEstate(
  client: CentralClient,
  options: FetchEstateOptions,
): Promise<EstateSnapshot> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const { progress, staleDays } = options;
  const cutoffs = staleCutoffs(options.now, staleDays);

  const tenants: Tenant[] = [];
  for await (const tenant of client.listTenants()) tenants.push(tenant);
  progress.tenantsTotal = tenants.length;

  const report = await forEachTenant(
    tenants,
    async (tenant): Promise<TenantTally> => {
      try {
        const tally = emptyTally(staleDays.length);
        for await (const endpoint of client.forTenant(tenant).endpoints(ESTATE_ENDPOINT_QUERY)) {
          tallyEndpoint(tally, endpoint, cutoffs);
          progress.endpoints += 1;
        }
        return { tenantId: tenant.id, name: tenant.name, tally };
      } finally {
        progress.tenantsDone += 1;
      }
    },
    options.concurrency === undefined ? {} : { concurrency: options.concurrency },
  );

  const failures: TenantFailure[] = report.failures.map(({ tenant, error }) => ({
    tenantId: tenant.id,
    name: tenant.name,
    message: redactSecrets(error.message),
  }));
  return {
    fetchedAt: options.now,
    durationMs: clock() - started,
    staleDays: [...staleDays],
    rows: report.results.map((result) => result.value),
    failures,
  };
}
