import { NotFoundError } from "../../central/errors.js";
import type { TenantClient } from "../../central/tenant-client.js";
import type { Endpoint } from "../../central/types.js";
import type { HuntApi } from "../templates/build-ioc-template.js";
import type { HuntFailure, HuntHit, UnreachableEndpoint } from "./hunt-types.js";
import { normaliseRows } from "./normalise-rows.js";
import type { QueryBatch } from "./plan-query-batches.js";
import { batchQuery, runQueryBatch, type RunSettings } from "./run-query-batch.js";

/** What one tenant contributed to a hunt. */
export interface TenantHunt {
  hits: HuntHit[];
  failures: HuntFailure[];
  unreachable: UnreachableEndpoint[];
}

/**
 * Hunt one tenant: every batch of every API at once. A failed or timed-out run is a failure of
 * that API for the tenant; the other runs still count. With Live Discover, the tenant's endpoints
 * that no run reached (offline) are listed as unreachable.
 */
export async function huntTenant(
  tenant: TenantClient,
  batches: readonly QueryBatch[],
  settings: RunSettings,
): Promise<TenantHunt> {
  settings.signal?.throwIfAborted();
  const out: TenantHunt = { hits: [], failures: [], unreachable: [] };
  const t = tenant.tenant;
  const fail = (api: HuntApi, message: string): void => {
    out.failures.push({ tenantId: t.id, tenantName: t.name, api, message });
  };
  let ldRunId: string | undefined;
  let ldNoneOnline = false;
  // allSettled, not all: after an abort every batch must finish canceling its run before we return.
  await Promise.allSettled(
    batches.map(async (batch) => {
      try {
        const outcome = await runQueryBatch(
          tenant,
          { api: batch.api, query: batchQuery(batch) },
          {
            ...settings,
            onStarted: (id) => {
              if (batch.api === "ld") ldRunId ??= id;
            },
          },
        );
        if (outcome.run.result !== "succeeded") {
          fail(batch.api, `${batch.api.toUpperCase()} run ${outcome.run.id} ended ${outcome.run.result}`);
        }
        out.hits.push(...normaliseRows(t, batch.api, batch, outcome.rows));
      } catch (error) {
        if (batch.api === "ld" && error instanceof NotFoundError) {
          ldNoneOnline = true;
          return;
        }
        if (settings.signal?.aborted) throw error;
        fail(batch.api, error instanceof Error ? error.message : String(error));
      }
    }),
  );
  settings.signal?.throwIfAborted();
  if (batches.some((b) => b.api === "ld") && (ldRunId !== undefined || ldNoneOnline)) {
    out.unreachable = await unreachableEndpoints(tenant, ldRunId, settings.signal);
  }
  return out;
}

/** The tenant's endpoints that a Live Discover run did not include (all of them when none was online). */
async function unreachableEndpoints(
  tenant: TenantClient,
  runId: string | undefined,
  signal: AbortSignal | undefined,
): Promise<UnreachableEndpoint[]> {
  const options = signal ? { signal } : {};
  const reached = new Set<string>();
  if (runId !== undefined) {
    const path = `/live-discover/v1/queries/runs/${encodeURIComponent(runId)}/endpoints`;
    for await (const e of tenant.listByPage<{ id: string }>(path, 250, {}, options)) reached.add(e.id);
  }
  const out: UnreachableEndpoint[] = [];
  const endpoints = tenant.listByKey<Endpoint>("/endpoint/v1/endpoints", { pageSize: 500 }, options);
  for await (const e of endpoints) {
    if (reached.has(e.id)) continue;
    out.push({
      tenantId: tenant.tenant.id,
      tenantName: tenant.tenant.name,
      endpointId: e.id,
      hostname: e.hostname ?? "",
      lastSeenAt: e.lastSeenAt ?? "",
    });
  }
  return out;
}
