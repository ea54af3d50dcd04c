import type { HuntStats } from "./hunt-types.js";

/**
 * A hunt (or saved-query run) stopped by its AbortSignal. It is thrown only after the Data Lake
 * runs it had started were canceled; `stats` says how many were, and how many runs were left going
 * (Live Discover has no cancel). The signal's reason is the `cause`.
 */
export class HuntInterruptedError extends Error {
  readonly stats: HuntStats;

  constructor(stats: HuntStats, reason: unknown) {
    const left =
      stats.uncanceledRuns === 0
        ? ""
        : `; ${stats.uncanceledRuns} runs could not be canceled and end on their own ` +
          "(Live Discover has no cancel; a run stops at its time limit)";
    super(
      `hunt interrupted: ${stats.canceledRuns} started Data Lake runs canceled${left}. Nothing was written.`,
      { cause: reason },
    );
    this.name = "HuntInterruptedError";
    this.stats = stats;
  }
}
