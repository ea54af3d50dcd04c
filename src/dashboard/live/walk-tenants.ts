import { forEachTenant, type CentralClient } from "../../central/index.js";
import type { Tenant } from "../../central/types.js";
import { redactSecrets } from "../../util/redact.js";
import type { LiveProgress, LiveTenantFailure } from "./live-state.js";

/** How a live fetch walks the tenants (tests set both; the pages use the defaults). */
export interface WalkTenantsOptions {
  /** Tenants read at once; the client's own request limits still apply. Default `forEachTenant`'s. */
  concurrency?: number;
  /** Milliseconds clock for the duration; default `performance.now`. */
  clock?: () => number;
}

/** What a walk over every tenant produced: each readable tenant's result, in listing order. */
export interface TenantWalk<Result> {
  results: Result[];
  /** The tenants whose `readTenant` failed, each with a message free of secrets. */
  failures: LiveTenantFailure[];
  /** From before the tenant listing to the last tenant done. */
  durationMs: number;
}

/**
 * List every tenant the credentials see, then run `readTenant` on each (a few at once), counting
 * `progress.tenantsTotal` and `tenantsDone` for the page. A tenant that fails (403, no apiHost, region
 * down) is recorded with its redacted message and the others still count; only a failure to list
 * the tenants rejects, which the page shows as a whole-fetch problem.
 */
export async function walkTenants<Result>(
  client: CentralClient,
  progress: LiveProgress,
  readTenant: (tenant: Tenant) => Promise<Result>,
  options: WalkTenantsOptions = {},
): Promise<TenantWalk<Result>> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();

  const tenants: Tenant[] = [];
  for await (const tenant of client.listTenants()) tenants.push(tenant);
  progress.tenantsTotal = tenants.length;

  const report = await forEachTenant(
    tenants,
    async (tenant) => {
      try {
        return await readTenant(tenant);
      } finally {
        // Failed tenants are done too, or the progress would never reach the total.
        progress.tenantsDone += 1;
      }
    },
    options.concurrency === undefined ? {} : { concurrency: options.concurrency },
  );

  return {
    results: report.results.map((result) => result.value),
    failures: report.failures.map(({ tenant, error }) => ({
      tenantId: tenant.id,
      name: tenant.name,
      message: redactSecrets(error.message),
    })),
    durationMs: clock() - started,
  };
}
