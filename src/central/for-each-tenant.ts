import type { Tenant } from "./types.js";

/** Outcome of running one function over many tenants: the ones that worked and the ones that failed. */
export interface TenantRunReport<T> {
  results: Array<{ tenant: Tenant; value: T }>;
  failures: Array<{ tenant: Tenant; error: Error }>;
}

/** Default number of tenants worked on at once (each may use several request slots). */
export const DEFAULT_TENANT_CONCURRENCY = 8;

/**
 * Run `fn` for every tenant, `concurrency` at a time. A failing tenant (403, missing apiHost, region
 * down) is recorded in `failures` and the others finish: this never rejects because of one tenant.
 * Both lists keep the order of `tenants`.
 */
export async function forEachTenant<T>(
  tenants: readonly Tenant[],
  fn: (tenant: Tenant) => Promise<T>,
  options: { concurrency?: number } = {},
): Promise<TenantRunReport<T>> {
  const limit = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_TENANT_CONCURRENCY));
  const outcomes: Array<{ ok: true; value: T } | { ok: false; error: Error } | undefined> = new Array(
    tenants.length,
  );
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tenants.length) {
      const index = next;
      next += 1;
      const tenant = tenants[index] as Tenant;
      try {
        outcomes[index] = { ok: true, value: await fn(tenant) };
      } catch (error) {
        outcomes[index] = { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tenants.length) }, worker));
  const report: TenantRunReport<T> = { results: [], failures: [] };
  tenants.forEach((tenant, i) => {
    const outcome = outcomes[i];
    if (outcome?.ok) report.results.push({ tenant, value: outcome.value });
    else if (outcome) report.failures.push({ tenant, error: outcome.error });
  });
  return report;
}
