import type { Store, Ticket } from "../../store/index.js";
import type { DashboardContext } from "../dashboard-types.js";
import type { DecisionView } from "./decision-view.js";
import { newestPlan, type PlanRow } from "./plan-row.js";
import { planDecisions } from "./plan-decisions.js";

/** Review decisions without a ticket listed on the page; the "open all" form covers the rest too. */
export const UNTRACKED_SHOWN = 200;

/** What the Review page shows. */
export interface ReviewModel {
  /** Open tickets, oldest first. */
  open: Ticket[];
  plan?: PlanRow;
  /** The newest plan's review decisions with no open ticket (at most {@link UNTRACKED_SHOWN}). */
  untracked: DecisionView[];
  untrackedTotal: number;
}

/** Open tickets, then what the newest plan wants reviewed that nobody has a ticket for yet. */
export async function loadReview(context: DashboardContext): Promise<ReviewModel> {
  const open = await context.store.tickets.listOpen();
  const plan = await newestPlan(context);
  const all = plan === undefined ? [] : await untrackedReviews(context.store, plan, open);
  return {
    open,
    ...(plan === undefined ? {} : { plan }),
    untracked: all.slice(0, UNTRACKED_SHOWN),
    untrackedTotal: all.length,
  };
}

// A ticket belongs to a decision by tenant and endpoint.
function endpointKey(item: { tenantId: string; endpointId: string }): string {
  return `${item.tenantId}\u0000${item.endpointId}`;
}

/** A plan's `review` decisions that have no open ticket yet, in plan order. */
export async function untrackedReviews(
  store: Store,
  plan: { id: string; contentHash: string },
  open: readonly Ticket[],
): Promise<DecisionView[]> {
  const ticketed = new Set(open.map(endpointKey));
  const { decisions } = await planDecisions(store, plan);
  return decisions.filter((d) => d.action === "review" && !ticketed.has(endpointKey(d)));
}
