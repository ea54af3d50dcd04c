import { forEachTenant, type AlertQuery, type CentralClient } from "../../central/index.js";
import type { Tenant } from "../../central/types.js";
import { redactSecrets } from "../../util/redact.js";
import { toAlertRow } from "./alert-row.js";
import {
  countSeverity,
  emptyCounts,
  type AlertFailure,
  type AlertProgress,
  type AlertSnapshot,
  type TenantAlerts,
} from "./alert-snapshot.js";
import { NewestAlerts } from "./newest-alerts.js";

/** Newest alerts kept per tenant: a screenful per customer, and no single tenant drowns the rest. */
export const PER_TENANT_ALERT_CAP = 200;
/** Newest alerts kept overall: bounds the dashboard's memory whatever the estate's size. */
export const OVERALL_ALERT_CAP = 5_000;

/**
 * Every alert Central still lists for a tenant (no time window: an alert is listed until it is acted
 * on, for at most 90 days, reference §6.1), which is what "open" means here, as on the estate page.
 * `pageSize` is the largest the spec example allows (`maxSize: 1000`, §11.3, partly unconfirmed).
 */
export const OPEN_ALERT_QUERY: AlertQuery = { pageSize: 1000 };

/** Options of {@link fetchAlerts}. */
export interface FetchAlertsOptions {
  now: Date;
  /** Updated in place as tenants finish and alerts arrive, for the page to show. */
  progress: AlertProgress;
  perTenantCap?: number;
  overallCap?: number;
  /** Tenants read at once; the client's own request limits still apply. Default `forEachTenant`'s. */
  concurrency?: number;
  /** Milliseconds clock for the duration; default `performance.now`. */
  clock?: () => number;
}

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
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const perTenantCap = options.perTenantCap ?? PER_TENANT_ALERT_CAP;
  const overallCap = options.overallCap ?? OVERALL_ALERT_CAP;
  const { progress } = options;

  const tenants: Tenant[] = [];
  for await (const tenant of client.listTenants()) tenants.push(tenant);
  progress.tenantsTotal = tenants.length;

  const overall = new NewestAlerts(overallCap);
  const report = await forEachTenant(
    tenants,
    async (tenant): Promise<TenantAlerts> => {
      try {
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
      } finally {
        progress.tenantsDone += 1;
      }
    },
    options.concurrency === undefined ? {} : { concurrency: options.concurrency },
  );

  const failures: AlertFailure[] = report.failures.map(({ tenant, error }) => ({
    tenantId: tenant.id,
    name: tenant.name,
    message: redactSecrets(error.message),
  }));
  return {
    fetchedAt: options.now,
    durationMs: clock() - started,
    perTenantCap,
    overallCap,
    tenants: report.results.map((result) => result.value),
    failures,
    alerts: overall.rows(),
  };
}
