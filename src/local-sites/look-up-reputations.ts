import { ReputationError } from "./reputation-error.js";
import type { LookupTarget, ReputationProvider, SiteReputation } from "./site-reputation.js";

/** A reputation, or why there is none (the site is then unclassified and kept). */
export type LookupOutcome = SiteReputation | Error;

/** Options of {@link lookUpReputations}. */
export interface LookUpOptions {
  /** Requests in flight at once; default 8. */
  concurrency?: number;
  /**
   * After this many "service unavailable" failures in a row the rest are not tried (default 5), so
   * a down service fails a run in seconds rather than after one time-out per site.
   */
  giveUpAfter?: number;
}

/**
 * Look up each distinct target once, however many tenants carry it, keyed by `key`
 * (see `classifySiteAddress`). A failed lookup is kept as its Error so the site is reported and
 * kept; a fatal one (credentials refused) is thrown and stops the run before anything is deleted.
 */
export async function lookUpReputations(
  provider: ReputationProvider,
  targets: Iterable<LookupTarget & { key: string }>,
  options: LookUpOptions = {},
): Promise<Map<string, LookupOutcome>> {
  const distinct = new Map<string, LookupTarget>();
  for (const target of targets)
    if (!distinct.has(target.key)) distinct.set(target.key, { kind: target.kind, value: target.value });
  const queue = [...distinct];
  const results = new Map<string, LookupOutcome>();
  const giveUpAfter = options.giveUpAfter ?? 5;
  let unavailableInARow = 0;
  let next = 0;
  let fatal: unknown;
  const worker = async (): Promise<void> => {
    while (next < queue.length && fatal === undefined) {
      const [key, target] = queue[next++]!;
      if (unavailableInARow >= giveUpAfter) {
        results.set(key, new Error(`not looked up: ${provider.name} failed ${giveUpAfter} lookups in a row`));
        continue;
      }
      try {
        results.set(key, await provider.lookup(target));
        unavailableInARow = 0;
      } catch (error) {
        if (error instanceof ReputationError && error.fatal) {
          fatal ??= error;
          return;
        }
        if (error instanceof ReputationError && error.kind === "unavailable") unavailableInARow += 1;
        results.set(key, error instanceof Error ? error : new Error(String(error)));
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 8, queue.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (fatal !== undefined) throw fatal;
  return results;
}
