import type { HuntRun } from "../../store/index.js";
import type { SafeHtml } from "../html.js";
import { counted } from "../pages/format-quantity.js";
import { badge } from "../pages/page-fragments.js";

/** Tenants with at least one failed run; the CLI counts them the same way. */
export { failedTenantCount } from "../../store/hunt-run-repository.js";

/** Hits as a badge: red when the hunt found anything, because that is what someone must look at. */
export function hitsBadge(count: number): SafeHtml {
  return count > 0 ? badge("error", counted(count, "hit")) : badge("ok", "no hits");
}

/** How a run ended: interrupted (Ctrl-C), partial (some tenants failed) or complete. */
export function runStatusBadge(run: Pick<HuntRun, "interrupted" | "failures">): SafeHtml {
  if (run.interrupted) return badge("warn", "interrupted");
  return run.failures.length > 0 ? badge("warn", "partial") : badge("ok", "complete");
}
