import type { AlertQuery, CentralClient } from "../../central/index.js";
import { walkTenants, type WalkTenantsOptions } from "../live/walk-tenants.js";
import { toAlertRow } from "./alert-row.js";
import {
  countSeverity,
  emptyCounts,
  type AlertProgress,
  type AlertSnapshot,
  type TenantAlerts,
} from "./alert-snapshot.js";
import { NewestAlerts } from "./newest-alerts.js";

/** Newest alerts kept per tenant: a screenful per customer, and no single tenant drowns the rest. */
const PER_TENANT_ALERT_CAP = 200;
/** Newest alerts kept overall: bounds the dashboard's memory whatever the estate's size. */
const OVERALL_ALERT_CAP = 5_000;

/**
 * Every alert Central still lists for a tenant (no time window: an alert is listed until it is acted
 * on, for at most 90 days, reference §6.1), which is what "open" means here, as on the estate page.
 * `pageSize` is the largest the spec example allows (`maxSize: 1000`, §11.3, partly unconfirmed).
 */
const OPEN_ALERT_QUERY: AlertQuery = { pageSize: 1000 };

/** Options of {@link fetchAlerts}. */
export interface FetchAlertsOptions extends WalkTenantsOptions {
  now: Date;
  /** Updated in place as tenants finish and alerts arrive, for the page to show. */
  progress: AlertProgress;
  perTenantCap?: number;
  overallCap?: number;
}

/** The caps of a fetch (tests lower them; the page uses the defaults). */
export type AlertCaps = Pick<FetchAlertsOptions, "perTenantCap" | "overallCap">;

/**
 * Read every tenant's open alerts, counting all of them by severity while keeping only the newest
 * `perTenantCap` of each tenant and `overallCap` overall. A tenant whose listing fails (403, no
 * apiHost, region down) is recorded with its message and contributes nothing, not even the pages
 * read before the failure (they would look like a real, lower count). Only a failure to list the
 * tenants rejects.
 */
export async function fetchAlerts(
  client: CentralClient,
  options: FetchAlertsOptions,
): Promise<AlertSnapshot> {
  const perTenantCap = options.perTenantCap ?? PER_TENANT_ALERT_CAP;
  const overallCap = options.overallCap ?? OVERALL_ALERT_CAP;
  const { progress } = options;

  const overall = new NewestAlerts(overallCap);
  const walk = await walkTenants(
    client,
    progress,
    async (tenant): Promise<TenantAlerts> => {
      const newest = new NewestAlerts(perTenantCap);
      const counts = emptyCounts();
      for await (const alert of client.forTenant(tenant).alerts(OPEN_ALERT_QUERY)) {
        const row = toAlertRow(alert, tenant);
        countSeverity(counts, row.severity);
        newest.add(row);
        progress.alerts += 1;
      }
      const kept = newest.rows();
      // Merged only once the tenant is complete, so a failing tenant leaves nothing behind.
      for (const row of kept) overall.add(row);
      return { tenantId: tenant.id, name: tenant.name, counts, kept: kept.length };
    },
    options,
  );

  return {
    fetchedAt: options.now,
    durationMs: walk.durationMs,
    perTenantCap,
    overallCap,
    tenants: walk.results,
    failures: walk.failures,
    alerts: overall.rows(),
  };
}
