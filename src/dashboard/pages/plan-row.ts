import { fromPlanRecord } from "../../hygiene/apply/stored-plan.js";
import { planTenantNames } from "../../hygiene/plan-tenant-names.js";
import type { Policy } from "../../hygiene/policy-schema.js";
import type { Action } from "../../hygiene/types.js";
import type { PlanSummary } from "../../store/index.js";
import type { DashboardContext } from "../dashboard-types.js";

/** One stored plan as the Plans and Overview pages show it (never its decisions). */
export interface PlanRow {
  id: string;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  contentHash: string;
  decisionCount: number;
  /** Counts per action; undefined when the record was not written by `hygiene plan`. */
  totals?: Record<Action, number>;
  /** The policy the plan was made under (same condition). */
  policy?: Policy;
  /** Tenant id → name as recorded when the plan was made; empty for plans made before names were kept. */
  tenantNames?: ReadonlyMap<string, string>;
}

/** The actions in the order pages show them: the destructive one first. */
export const ACTIONS: readonly Action[] = ["delete", "review", "keep", "skip"];

/**
 * Reads a plan's header. The summary is parsed exactly as `hygiene apply` parses it (with no
 * decisions, so a 100k-decision plan costs nothing here); a foreign record keeps only its counts.
 */
export function planRowOf(summary: PlanSummary, now: Date): PlanRow {
  const stored = fromPlanRecord({ ...summary, decisions: [] });
  const row: PlanRow = {
    id: summary.id,
    createdAt: summary.createdAt,
    expiresAt: summary.expiresAt,
    expired: Date.parse(summary.expiresAt) <= now.getTime(),
    contentHash: summary.contentHash,
    decisionCount: summary.decisionCount,
  };
  if (stored === undefined) return row;
  const totals = Object.fromEntries(
    ACTIONS.map((action) => [action, stored.plan.summary.totals[action] ?? 0]),
  ) as Record<Action, number>;
  return { ...row, totals, policy: stored.policy, tenantNames: planTenantNames(stored.plan.summary) };
}

/** The dashboard address of a plan's page (ids are ours, but a path segment is encoded all the same). */
export function planHref(id: string): string {
  return `/plans/${encodeURIComponent(id)}`;
}

/**
 * The newest plan written by `hygiene plan` (records of another kind are passed over), which is
 * what the review queue and the quarantine grace period go by; undefined before the first plan.
 */
export async function newestPlan(context: DashboardContext): Promise<PlanRow | undefined> {
  return newestPlanOf(await context.store.plans.list(), context.now());
}

/** {@link newestPlan} over a listing already read (newest first), for pages that also need the list. */
export function newestPlanOf(summaries: readonly PlanSummary[], now: Date): PlanRow | undefined {
  for (const summary of summaries) {
    const row = planRowOf(summary, now);
    if (row.totals !== undefined) return row;
  }
  return undefined;
}
