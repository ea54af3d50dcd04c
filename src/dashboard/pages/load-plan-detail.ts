import type { DashboardContext } from "../dashboard-types.js";
import {
  decisionFilterOf,
  decisionMatcher,
  type DecisionFilter,
  type DecisionView,
} from "./decision-view.js";
import { pageWindow, onPage, type PageWindow } from "./pager.js";
import { planDecisions } from "./plan-decisions.js";
import { planRowOf, type PlanRow } from "./plan-row.js";
import { tenantOptions, type TenantOption } from "./tenant-options.js";

/** Decisions per page of the Plan page. */
export const DECISIONS_PER_PAGE = 100;

/** What the Plan page shows: one page of the decisions that pass the filters. */
export type PlanDetailModel =
  | { kind: "missing"; id: string }
  | { kind: "foreign"; plan: PlanRow }
  | {
      kind: "plan";
      plan: PlanRow;
      filter: DecisionFilter;
      window: PageWindow;
      /** Decisions passing the filters (all pages). */
      matched: number;
      decisions: DecisionView[];
      /** Stored values that were not decisions (a damaged or foreign row). */
      unreadable: number;
      /** Every tenant (by name where the plan recorded one) and reason code in the plan, for the filter menus. */
      tenants: TenantOption[];
      reasons: string[];
    };

/**
 * One page of a plan's decisions that pass the filters. The decisions come from {@link planDecisions}
 * (read once per plan version), so paging through a plan of 100k decisions costs one pass in memory.
 */
export async function loadPlanDetail(
  context: DashboardContext,
  id: string,
  query: URLSearchParams,
): Promise<PlanDetailModel> {
  const summary = (await context.store.plans.list()).find((p) => p.id === id);
  if (summary === undefined) return { kind: "missing", id };
  const plan = planRowOf(summary, context.now());
  if (plan.totals === undefined) return { kind: "foreign", plan };
  const { decisions: all, unreadable, tenants, reasons } = await planDecisions(context.store, plan);
  const filter = decisionFilterOf(query);
  const matches = decisionMatcher(filter);
  const window = pageWindow(query, DECISIONS_PER_PAGE);
  const decisions: DecisionView[] = [];
  let matched = 0;
  for (const decision of all) {
    if (!matches(decision)) continue;
    if (onPage(window, matched)) decisions.push(decision);
    matched += 1;
  }
  return {
    kind: "plan",
    plan,
    filter,
    window,
    matched,
    decisions,
    unreadable,
    tenants: tenantOptions(tenants, plan.tenantNames),
    reasons,
  };
}
