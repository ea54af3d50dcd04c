import type { AlertQuery, CentralClient, EndpointQuery, TenantClient } from "../../central/index.js";
import { redactSecrets } from "../../util/redact.js";
import { walkTenants, type WalkTenantsOptions } from "../live/walk-tenants.js";
import type { EstateProgress, EstateSnapshot, TenantTally } from "./estate-snapshot.js";
import { emptyTally, staleCutoffs, tallyAlert, tallyEndpoint, type EstateTally } from "./estate-tally.js";

/**
 * What the estate page asks for. `basic` carries only id, type, tenant and hostname, so it cannot
 * show health, last seen, online, tamper protection or isolation. `summary` (the API default, "the
 * Central UI's columns") is the cheapest view with them, by the reference §5.2 and [MCP]'s types;
 * which keys summary holds is not documented (U), so `fields` names them explicitly as well, which
 * also trims each record to these few keys (a million endpoints is then tens of MB on the wire, not
 * hundreds). Top-level names only: dotted `fields` are not confirmed for the real API.
 */
const ESTATE_ENDPOINT_QUERY: EndpointQuery = {
  view: "summary",
  fields: ["type", "health", "lastSeenAt", "online", "tamperProtectionEnabled", "isolation"],
};

/**
 * The alert listing the estate page counts: every alert Central still lists for the tenant (no time
 * window: Central lists an alert until it is acted on, for at most 90 days, reference §6.1), which is
 * what "open alerts" means here. Only `severity` is asked for, to keep pages small; `pageSize` is the
 * largest the spec example allows (`maxSize: 1000`, §11.3, partly unconfirmed), so a tenant's alerts
 * are usually one request.
 */
const ESTATE_ALERT_QUERY: AlertQuery = { pageSize: 1000, fields: ["severity"] };

/** Options of {@link fetchEstate}. */
export interface FetchEstateOptions extends WalkTenantsOptions {
  /** The reference instant for "not seen for N days". */
  now: Date;
  staleDays: readonly number[];
  /** Updated in place as tenants finish and endpoints arrive, for the page to show. */
  progress: EstateProgress;
}

/**
 * Read every tenant's endpoints and open alerts and count them as they stream in: only the
 * per-tenant counts are kept, never the records (an MSP can have a million). A tenant whose
 * endpoints fail (403, no apiHost, region down) is recorded with its message and the others still
 * count; a tenant whose alerts alone fail keeps its endpoint counts and carries `alertsError`. Only
 * a failure to list the tenants at all rejects.
 */
export async function fetchEstate(
  client: CentralClient,
  options: FetchEstateOptions,
): Promise<EstateSnapshot> {
  const { progress, staleDays } = options;
  const cutoffs = staleCutoffs(options.now, staleDays);

  const walk = await walkTenants(
    client,
    progress,
    async (tenant): Promise<TenantTally> => {
      const tenantClient = client.forTenant(tenant);
      const tally = emptyTally(staleDays.length);
      // Both listings at once; the client's own limits keep the request rate within Central's.
      const [endpoints, alerts] = await Promise.allSettled([
        countEndpoints(tenantClient, tally, cutoffs, progress),
        countAlerts(tenantClient, tally),
      ]);
      if (endpoints.status === "rejected") throw endpoints.reason;
      const row: TenantTally = { tenantId: tenant.id, name: tenant.name, tally };
      if (alerts.status === "fulfilled") return row;
      // Counts of the pages read before the failure would look like a real, lower number.
      tally.alerts = { high: 0, medium: 0, low: 0 };
      return { ...row, alertsError: redactSecrets(messageOf(alerts.reason)) };
    },
    options,
  );

  return {
    fetchedAt: options.now,
    durationMs: walk.durationMs,
    staleDays: [...staleDays],
    rows: walk.results,
    failures: walk.failures,
  };
}

async function countEndpoints(
  tenantClient: TenantClient,
  tally: EstateTally,
  cutoffs: readonly number[],
  progress: EstateProgress,
): Promise<void> {
  for await (const endpoint of tenantClient.endpoints(ESTATE_ENDPOINT_QUERY)) {
    tallyEndpoint(tally, endpoint, cutoffs);
    progress.endpoints += 1;
  }
}

async function countAlerts(tenantClient: TenantClient, tally: EstateTally): Promise<void> {
  for await (const alert of tenantClient.alerts(ESTATE_ALERT_QUERY)) tallyAlert(tally, alert);
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
