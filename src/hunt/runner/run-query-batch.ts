import type { TenantClient } from "../../central/tenant-client.js";
import type { HuntStats } from "./hunt-types.js";
import type { HuntApi } from "../templates/build-ioc-template.js";
import type { QueryBatch } from "./plan-query-batches.js";
import { abortableSleep, pollDelay, type PollPolicy } from "./poll-delay.js";
import { withGrace } from "./with-grace.js";

/** The fields of a Run object a hunt reads (both APIs). */
export interface RunState {
  id: string;
  status: string;
  result: string;
  timeRemainingInSeconds?: number;
}

/** The outcome of one run: its final state and every result row. */
export interface BatchOutcome {
  run: RunState;
  rows: Array<Record<string, unknown>>;
}

/** Settings of one run. */
export interface RunSettings {
  poll: PollPolicy;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  /** Data Lake time range. */
  from?: string | undefined;
  to?: string | undefined;
  stats: HuntStats;
  /** Called with the run id once it exists (for listing a run's endpoints). */
  onStarted?: (runId: string) => void;
  /** After an abort, how long the Data Lake cancel request may take (default 5 s). */
  cancelGraceMs?: number | undefined;
}

/** Default time a cancel request gets after Ctrl-C: long enough for a healthy API, short for a person. */
export const DEFAULT_CANCEL_GRACE_MS = 5000;

const BASE = { ld: "/live-discover/v1", xdr: "/xdr-query/v1" } as const;

/** The run body: LD on every (online) endpoint, XDR over the hunt's time range. */
export function runBody(
  api: HuntApi,
  query: Record<string, unknown>,
  settings: RunSettings,
): Record<string, unknown> {
  const body: Record<string, unknown> = { ...query };
  if (api === "ld") body["matchEndpoints"] = { all: true };
  if (api === "xdr" && settings.from !== undefined) body["from"] = settings.from;
  if (api === "xdr" && settings.to !== undefined) body["to"] = settings.to;
  return body;
}

/** The query part of an IOC batch's run body. */
export const batchQuery = (batch: QueryBatch): Record<string, unknown> => ({
  adHocQuery: { name: `centralctl IOC hunt (${batch.match})`, template: batch.template },
  variables: [batch.variable],
});

/**
 * Start one ad-hoc run, poll it with back-off until it finishes (or our own deadline passes, or
 * the signal aborts: a Data Lake run still going is then canceled), and page in its results when
 * it succeeded. A Live Discover run that matches no online endpoint surfaces as NotFoundError.
 */
export async function runQueryBatch(
  tenant: TenantClient,
  batch: { api: HuntApi; query: Record<string, unknown> },
  settings: RunSettings,
): Promise<BatchOutcome> {
  const base = BASE[batch.api];
  const signal = settings.signal;
  signal?.throwIfAborted();
  // A start aborted mid-request may still create the run, which could then never be canceled:
  // the start gets the cancel grace to finish, and the run is canceled below like any other.
  const grace = settings.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS;
  let run = await withGrace(signal, grace, (startSignal) =>
    tenant.request<RunState>("POST", `${base}/queries/runs`, {
      body: runBody(batch.api, batch.query, settings),
      ...(startSignal ? { signal: startSignal } : {}),
    }),
  );
  settings.stats.runs += 1;
  settings.onStarted?.(run.id);
  const deadline = Date.now() + settings.timeoutMs;
  try {
    signal?.throwIfAborted();
    for (let attempt = 0; run.status !== "finished"; attempt++) {
      if (Date.now() >= deadline || (batch.api === "ld" && run.timeRemainingInSeconds === 0)) {
        return { run: { ...run, status: "finished", result: "timedOut" }, rows: [] };
      }
      await abortableSleep(
        Math.min(pollDelay(attempt, settings.poll), Math.max(1, deadline - Date.now())),
        settings.signal,
      );
      run = await tenant.request<RunState>("GET", `${base}/queries/runs/${encodeURIComponent(run.id)}`, {
        ...(signal ? { signal } : {}),
      });
      settings.stats.statusPolls += 1;
    }
  } catch (error) {
    if (signal?.aborted) await stopRun(tenant, batch.api, run.id, settings);
    throw error;
  }
  if (run.result !== "succeeded" && !(batch.api === "ld" && run.result === "timedOut"))
    return { run, rows: [] };
  const rows: Array<Record<string, unknown>> = [];
  const path = `${base}/queries/runs/${encodeURIComponent(run.id)}/results`;
  const list = tenant.listByKey<Record<string, unknown>>(path, { pageSize: 1000 }, signal ? { signal } : {});
  for await (const row of list) rows.push(row);
  settings.stats.resultPages += Math.max(1, Math.ceil(rows.length / 1000));
  return { run, rows };
}

/**
 * After an abort: cancel a Data Lake run, with its own short deadline since the hunt's signal has
 * already fired. Live Discover has no cancel route (reference §7), so its runs are counted as left
 * running; they end on the endpoints within the run's `maxDurationInSeconds`.
 */
async function stopRun(
  tenant: TenantClient,
  api: HuntApi,
  runId: string,
  settings: RunSettings,
): Promise<void> {
  if (api === "ld") {
    settings.stats.uncanceledRuns += 1;
    return;
  }
  try {
    await tenant.request("POST", `${BASE[api]}/queries/runs/${encodeURIComponent(runId)}/cancel`, {
      body: {},
      signal: AbortSignal.timeout(settings.cancelGraceMs ?? DEFAULT_CANCEL_GRACE_MS),
    });
    settings.stats.canceledRuns += 1;
  } catch {
    settings.stats.uncanceledRuns += 1;
  }
}
