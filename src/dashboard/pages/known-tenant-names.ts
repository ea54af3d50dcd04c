import { planTenantNames } from "../../hygiene/plan-tenant-names.js";
import type { PlanSummary } from "../../store/index.js";

/**
 * Every tenant name the stored plans recorded, the newest plan's name winning (tenants get renamed).
 * For pages such as Audit whose entries span many plans. A stored plan keeps its plan summary under
 * `summary.summary` (see hygiene/apply/stored-plan.ts); anything else contributes nothing.
 */
export function knownTenantNames(plans: readonly PlanSummary[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  // `plans` is newest first: read it backwards so newer names overwrite older ones.
  for (let i = plans.length - 1; i >= 0; i--) {
    const extras = plans[i]?.summary;
    const summary =
      typeof extras === "object" && extras !== null ? (extras as { summary?: unknown }).summary : undefined;
    for (const [id, name] of planTenantNames(summary)) names.set(id, name);
  }
  return names;
}
