import { runPhase, type StoredRun } from "../xdr/query-run-state.js";

const iso = (ms: number): string => new Date(ms).toISOString();
const MAX_DURATION_S = 3600;

const count = (n: number, withData: number): Record<string, number> => ({
  total: n,
  withData,
  withoutData: n - withData,
});

/** The `endpointCounts.statuses` tree: every endpoint of a run moves through the phases together. */
function statuses(run: StoredRun, status: string, result: string): Record<string, unknown> {
  const n = run.endpoints.length;
  const withData = run.endpoints.filter((e) => e.rows.length > 0).length;
  const none = count(0, 0);
  return {
    pending: { total: status === "pending" ? n : 0, online: status === "pending" ? n : 0, offline: 0 },
    started: status === "started" ? count(n, 0) : none,
    finished: {
      succeeded: status === "finished" && result === "succeeded" ? count(n, withData) : none,
      failed: status === "finished" && result === "failed" ? count(n, 0) : none,
      timedOut: none,
    },
  };
}

/** A Live Discover Run object (reference §7.3) at `now`. */
export function renderLdRun(run: StoredRun, now: number): Record<string, unknown> {
  const phase = runPhase(run, now);
  const finished = phase.status === "finished";
  const types: Record<string, number> = {};
  const platforms: Record<string, number> = {};
  for (const part of run.endpoints) {
    types[part.type] = (types[part.type] ?? 0) + 1;
    platforms[part.platform] = (platforms[part.platform] ?? 0) + 1;
  }
  return {
    id: run.id,
    ...run.echo,
    status: phase.status,
    result: phase.result,
    createdAt: iso(run.createdAt),
    finishedAt: phase.finishedAt === undefined ? null : iso(phase.finishedAt),
    maxDurationInSeconds: MAX_DURATION_S,
    timeRemainingInSeconds: finished
      ? 0
      : Math.max(0, MAX_DURATION_S - Math.floor((now - run.createdAt) / 1000)),
    resultCount: finished ? run.endpoints.reduce((sum, e) => sum + e.rows.length, 0) : 0,
    endpointCounts: {
      total: run.endpoints.length,
      types,
      platforms,
      statuses: statuses(run, phase.status, phase.result),
    },
  };
}

/** One item of `runs/{id}/endpoints` (reference §7.5). */
export function renderRunEndpoint(run: StoredRun, index: number, now: number): Record<string, unknown> {
  const part = run.endpoints[index]!;
  const phase = runPhase(run, now);
  const finished = phase.status === "finished";
  return {
    id: part.endpointId,
    hostname: part.hostname,
    type: part.type,
    os: { platform: part.platform },
    status: phase.status,
    ...(finished ? { result: phase.result === "canceled" ? "failed" : phase.result } : {}),
    resultCount: finished ? part.rows.length : 0,
    createdAt: iso(run.createdAt),
    finishedAt: finished ? iso(phase.finishedAt!) : null,
  };
}
