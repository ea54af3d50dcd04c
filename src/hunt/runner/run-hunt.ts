import type { CentralClient } from "../../central/central-client.js";
import { forEachTenant } from "../../central/for-each-tenant.js";
import type { Tenant } from "../../central/types.js";
import type { Indicator } from "../indicator.js";
import type { HuntApi } from "../templates/build-ioc-template.js";
import { HuntInterruptedError } from "./hunt-interrupted-error.js";
import { huntTenant } from "./hunt-tenant.js";
import type { HuntOptions, HuntResult, HuntStats } from "./hunt-types.js";
import { mergeHits } from "./merge-hits.js";
import { newHuntStats } from "./new-hunt-stats.js";
import { planQueryBatches } from "./plan-query-batches.js";
import { DEFAULT_POLL } from "./poll-delay.js";

const DATA_LAKE_LIMIT_MS = 15 * 60_000;

/**
 * Hunt indicators across tenants with ad-hoc Live Discover and/or Data Lake queries (nothing is
 * saved in a tenant first). Indicators are split into IOC JSON variables that fit one query; all
 * tenants run concurrently and each tenant's runs at once. Hits are merged across batches and
 * APIs. A failing tenant or run is reported in `failures`; the hunt only rejects when `signal`
 * aborts: in-flight requests stop at once, the Data Lake runs it had started are canceled, then it
 * rejects with a {@link HuntInterruptedError}.
 *
 * @example const result = await runHunt(client, tenants, indicators, { api: "both" });
 */
export async function runHunt(
  client: CentralClient,
  tenants: readonly Tenant[],
  indicators: readonly Indicator[],
  options: HuntOptions,
): Promise<HuntResult> {
  const apis: HuntApi[] = options.api === "both" ? ["ld", "xdr"] : [options.api];
  const plans = apis.map((api) => planQueryBatches(api, indicators, options.maxVariableBytes));
  const batches = plans.flatMap((p) => p.batches);
  const stats: HuntStats = newHuntStats();
  const settings = {
    poll: { ...DEFAULT_POLL, ...options.poll },
    timeoutMs: options.runTimeoutMs ?? DATA_LAKE_LIMIT_MS,
    signal: options.signal,
    from: options.from,
    to: options.to,
    stats,
    cancelGraceMs: options.cancelGraceMs,
  };
  const result: HuntResult = {
    hits: [],
    unreachable: [],
    failures: [],
    skipped: plans[0]?.skipped ?? [],
    stats,
  };
  if (batches.length === 0) return result;
  const report = await forEachTenant(
    tenants,
    (tenant) => huntTenant(client.forTenant(tenant), batches, settings),
    {
      concurrency: options.concurrency ?? 50,
    },
  );
  if (options.signal?.aborted) throw new HuntInterruptedError(stats, options.signal.reason);
  for (const { value } of report.results) {
    result.hits.push(...value.hits);
    result.failures.push(...value.failures);
    result.unreachable.push(...value.unreachable);
  }
  for (const { tenant, error } of report.failures) {
    result.failures.push({
      tenantId: tenant.id,
      tenantName: tenant.name,
      api: "tenant",
      message: error.message,
    });
  }
  result.hits = mergeHits(result.hits);
  return result;
}
