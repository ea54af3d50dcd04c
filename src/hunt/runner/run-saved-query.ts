import type { CentralClient } from "../../central/central-client.js";
import { forEachTenant } from "../../central/for-each-tenant.js";
import type { TenantClient } from "../../central/tenant-client.js";
import type { Tenant } from "../../central/types.js";
import type { HuntApi } from "../templates/build-ioc-template.js";
import type { HuntFailure, HuntStats } from "./hunt-types.js";
import { DEFAULT_POLL, type PollPolicy } from "./poll-delay.js";
import { runQueryBatch } from "./run-query-batch.js";

/** Options of {@link runSavedQuery}. */
export interface SavedQueryOptions {
  api: HuntApi;
  /** Exact name of the query in the tenant's catalogue. */
  name: string;
  /** Variable values by name; the data type comes from the query's own variable list. */
  variables: Record<string, string>;
  from?: string;
  to?: string;
  signal?: AbortSignal;
  concurrency?: number;
  poll?: Partial<PollPolicy>;
  runTimeoutMs?: number;
}

/** Rows of a saved query, each with the tenant it came from. */
export interface SavedQueryResult {
  rows: Array<Record<string, unknown> & { tenantId: string; tenantName: string }>;
  failures: HuntFailure[];
  stats: HuntStats;
}

interface CatalogueQuery {
  id: string;
  name: string;
  variables?: Array<{ name: string; dataType: string }>;
}

const BASE = { ld: "/live-discover/v1", xdr: "/xdr-query/v1" } as const;

async function findQuery(tenant: TenantClient, api: HuntApi, name: string): Promise<CatalogueQuery> {
  for await (const q of tenant.listByPage<CatalogueQuery>(`${BASE[api]}/queries`, 250))
    if (q.name === name) return q;
  throw new Error(
    `no ${api.toUpperCase()} query named "${name}" in this tenant; list them with centralctl hunt queries`,
  );
}

/**
 * Run a saved query (found by exact name in each tenant's catalogue) with variables, on every
 * tenant concurrently, and collect its rows. A variable the query does not declare is an error.
 */
export async function runSavedQuery(
  client: CentralClient,
  tenants: readonly Tenant[],
  options: SavedQueryOptions,
): Promise<SavedQueryResult> {
  const stats: HuntStats = { runs: 0, statusPolls: 0, resultPages: 0, canceledRuns: 0 };
  const settings = {
    poll: { ...DEFAULT_POLL, ...options.poll },
    timeoutMs: options.runTimeoutMs ?? 15 * 60_000,
    signal: options.signal,
    from: options.from,
    to: options.to,
    stats,
  };
  const result: SavedQueryResult = { rows: [], failures: [], stats };
  const report = await forEachTenant(
    tenants,
    async (t) => {
      const tenant = client.forTenant(t);
      const query = await findQuery(tenant, options.api, options.name);
      const declared = new Map((query.variables ?? []).map((v) => [v.name, v.dataType]));
      const unknown = Object.keys(options.variables).filter((n) => !declared.has(n));
      if (unknown.length > 0)
        throw new Error(
          `"${options.name}" has no variable ${unknown.join(", ")}; it takes ${[...declared.keys()].join(", ")}`,
        );
      const variables = Object.entries(options.variables).map(([name, value]) => ({
        name,
        dataType: declared.get(name),
        value,
      }));
      const outcome = await runQueryBatch(
        tenant,
        { api: options.api, query: { savedQuery: { queryId: query.id }, variables } },
        settings,
      );
      if (outcome.run.result !== "succeeded")
        throw new Error(`run ${outcome.run.id} ended ${outcome.run.result}`);
      return outcome.rows.map((row) => ({ tenantId: t.id, tenantName: t.name, ...row }));
    },
    { concurrency: options.concurrency ?? 50 },
  );
  options.signal?.throwIfAborted();
  for (const { value } of report.results) result.rows.push(...value);
  for (const { tenant, error } of report.failures)
    result.failures.push({
      tenantId: tenant.id,
      tenantName: tenant.name,
      api: options.api,
      message: error.message,
    });
  return result;
}
