import type { CentralClient } from "../../central/central-client.js";
import { forEachTenant } from "../../central/for-each-tenant.js";
import type { Tenant } from "../../central/types.js";
import type { HuntApi } from "../templates/build-ioc-template.js";
import type { HuntFailure, HuntStats } from "./hunt-types.js";
import { findSavedQuery } from "../catalogue/find-saved-query.js";
import { HuntInterruptedError } from "./hunt-interrupted-error.js";
import { newHuntStats } from "./new-hunt-stats.js";
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
  /** After an abort, how long each Data Lake cancel request may take (default 5 s). */
  cancelGraceMs?: number;
}

/** Rows of a saved query, each with the tenant it came from. */
export interface SavedQueryResult {
  rows: Array<Record<string, unknown> & { tenantId: string; tenantName: string }>;
  failures: HuntFailure[];
  stats: HuntStats;
}

/**
 * Run a saved query (found by exact name in each tenant's catalogue) with variables, on every
 * tenant concurrently, and collect its rows. A tenant whose catalogue lacks the name, or a variable
 * the query does not declare, is a failure of that tenant (the message lists close names); the
 * other tenants still run. An abort rejects with {@link HuntInterruptedError} after canceling.
 */
export async function runSavedQuery(
  client: CentralClient,
  tenants: readonly Tenant[],
  options: SavedQueryOptions,
): Promise<SavedQueryResult> {
  const stats: HuntStats = newHuntStats();
  const settings = {
    poll: { ...DEFAULT_POLL, ...options.poll },
    timeoutMs: options.runTimeoutMs ?? 15 * 60_000,
    signal: options.signal,
    from: options.from,
    to: options.to,
    stats,
    cancelGraceMs: options.cancelGraceMs,
  };
  const result: SavedQueryResult = { rows: [], failures: [], stats };
  const report = await forEachTenant(
    tenants,
    async (t) => {
      const tenant = client.forTenant(t);
      const query = await findSavedQuery(
        tenant,
        options.api,
        options.name,
        options.signal ? { signal: options.signal } : {},
      );
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
  if (options.signal?.aborted) throw new HuntInterruptedError(stats, options.signal.reason);
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
