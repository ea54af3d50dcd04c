import type { Store } from "../../store/index.js";
import { decisionViewOf, type DecisionView } from "./decision-view.js";

/** A plan's decisions as the pages use them (without evidence), read once per plan version. */
export interface PlanDecisions {
  decisions: DecisionView[];
  /** Stored values that were not decisions (a damaged or foreign row). */
  unreadable: number;
  /** Every tenant and reason code in the plan, sorted, for the filter menus. */
  tenants: string[];
  reasons: string[];
}

/** Plan versions kept per store: the one being looked at and the one before. */
const KEPT = 2;
const cache = new WeakMap<Store, Map<string, Promise<PlanDecisions>>>();

/**
 * The decisions of one plan version, streamed from `store.plans.decisions` once and then served from
 * memory. Reading (JSON-parsing) a stored decision is what costs: about 0.5 s per 100k on a busy
 * machine, so paging and filtering a big plan would pay it on every click. A plan saved again under
 * the same id gets a new content hash, hence a new cache key.
 */
export function planDecisions(
  store: Store,
  plan: { id: string; contentHash: string },
): Promise<PlanDecisions> {
  let plans = cache.get(store);
  if (plans === undefined) {
    plans = new Map();
    cache.set(store, plans);
  }
  const key = `${plan.id}\u0000${plan.contentHash}`;
  const hit = plans.get(key);
  if (hit !== undefined) {
    // Map order is insertion order: re-inserting marks it as the most recently used.
    plans.delete(key);
    plans.set(key, hit);
    return hit;
  }
  const loading = readDecisions(store, plan.id);
  plans.set(key, loading);
  // A failed read is not kept, so the next request tries again.
  loading.catch(() => plans.delete(key));
  for (const old of plans.keys()) {
    if (plans.size <= KEPT) break;
    plans.delete(old);
  }
  return loading;
}

async function readDecisions(store: Store, id: string): Promise<PlanDecisions> {
  const decisions: DecisionView[] = [];
  const tenants = new Set<string>();
  const reasons = new Set<string>();
  let unreadable = 0;
  for await (const value of store.plans.decisions(id)) {
    const decision = decisionViewOf(value);
    if (decision === undefined) {
      unreadable += 1;
      continue;
    }
    decisions.push(decision);
    tenants.add(decision.tenantId);
    for (const reason of decision.reasons) reasons.add(reason);
  }
  return { decisions, unreadable, tenants: [...tenants].sort(), reasons: [...reasons].sort() };
}
