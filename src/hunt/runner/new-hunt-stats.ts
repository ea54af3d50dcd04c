import type { HuntStats } from "./hunt-types.js";

/** A fresh set of hunt counters, all zero. */
export const newHuntStats = (): HuntStats => ({
  runs: 0,
  statusPolls: 0,
  resultPages: 0,
  canceledRuns: 0,
  uncanceledRuns: 0,
});
