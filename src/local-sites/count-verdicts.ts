import type { SiteVerdict } from "./plan-site-clean-up.js";

/** Counts per risk level and action (`total`, `delete`, `keep`, `HIGH`, ...), for report totals. */
export function countVerdicts(verdicts: readonly SiteVerdict[]): Record<string, number> {
  const totals: Record<string, number> = { total: verdicts.length, delete: 0, keep: 0 };
  for (const verdict of verdicts) {
    totals[verdict.risk] = (totals[verdict.risk] ?? 0) + 1;
    totals[verdict.action] = (totals[verdict.action] ?? 0) + 1;
  }
  return totals;
}
