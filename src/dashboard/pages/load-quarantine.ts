import type { QuarantineRecord, QuarantineState } from "../../store/index.js";
import type { DashboardContext } from "../dashboard-types.js";
import { DEFAULT_GRACE_DAYS } from "./grace-days-left.js";
import { newestPlan, type PlanRow } from "./plan-row.js";

/** The states the filter offers. */
export const QUARANTINE_STATES: readonly QuarantineState[] = ["quarantined", "released", "deleted"];

/** What the Quarantine page shows. */
export interface QuarantineModel {
  records: QuarantineRecord[];
  /** The state filter; empty means all. */
  state: string;
  graceDays: number;
  /** Where the grace period comes from, for the page to say. */
  graceFrom: "plan" | "default";
  /** Tenant names as the newest plan recorded them (tenants it does not name show by id). */
  tenantNames?: ReadonlyMap<string, string>;
}

/** The grace period the newest plan's policy names, or the policy default before any plan. */
/** The grace period `plan`'s policy sets, or the default when there is no plan. */
export function graceOf(plan: PlanRow | undefined): { graceDays: number; graceFrom: "plan" | "default" } {
  const policy = plan?.policy;
  return policy === undefined
    ? { graceDays: DEFAULT_GRACE_DAYS, graceFrom: "default" }
    : { graceDays: policy.quarantine.graceDays, graceFrom: "plan" };
}

/** Quarantine records, oldest first, optionally of one state (`?state=`; an unknown state shows all). */
export async function loadQuarantine(
  context: DashboardContext,
  query: URLSearchParams,
): Promise<QuarantineModel> {
  const asked = query.get("state") ?? "";
  const state = QUARANTINE_STATES.find((s) => s === asked);
  const records = await context.store.quarantine.list(state === undefined ? {} : { state });
  const plan = await newestPlan(context);
  const names = plan?.tenantNames;
  return {
    records,
    state: state ?? "",
    ...graceOf(plan),
    ...(names === undefined ? {} : { tenantNames: names }),
  };
}
