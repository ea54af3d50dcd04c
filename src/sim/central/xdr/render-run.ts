import type { SimCredential } from "../../estate/estate-types.js";
import { runPhase, type StoredRun } from "./query-run-state.js";

const iso = (ms: number): string => new Date(ms).toISOString();

/** The principal shown as `createdBy` (the API credential). */
export function creatorOf(caller: SimCredential): Record<string, string> {
  return {
    id: caller.clientId,
    type: "service",
    name: "API credential",
    accountId: caller.id,
    accountType: caller.kind,
  };
}

/** A Data Lake Run object (reference §8.2) at `now`. */
export function renderXdrRun(run: StoredRun, now: number): Record<string, unknown> {
  const phase = runPhase(run, now);
  return {
    id: run.id,
    ...run.echo,
    createdAt: iso(run.createdAt),
    expiresAt: iso(run.createdAt + 24 * 3600_000),
    finishedAt: phase.finishedAt === undefined ? null : iso(phase.finishedAt),
    status: phase.status,
    result: phase.result,
  };
}
