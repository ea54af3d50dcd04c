/**
 * Plans, decisions and a context for dashboard page tests: real plans made by the real planner and
 * saved the way `hygiene plan` saves them. Not public API.
 */
import { type CentralClient, AuthenticationError } from "../../../central/index.js";
import { toPlanRecord } from "../../../hygiene/apply/stored-plan.js";
import { buildPlan } from "../../../hygiene/build-plan.js";
import { policySchema, type Policy } from "../../../hygiene/policy-schema.js";
import type { Action, Decision, ReasonCode } from "../../../hygiene/types.js";
import type { Store } from "../../../store/index.js";
import type { DashboardContext } from "../../dashboard-types.js";
import type { ExternalTicketCloser } from "../../../tickets/index.js";

/** The clock of page tests. */
export const PAGE_NOW = new Date("2026-03-10T12:00:00Z");

const REASONS: Record<Action, ReasonCode> = {
  delete: "retired_in_directory",
  review: "vip_user",
  keep: "active",
  skip: "excluded",
};

/** One decision as the planner writes it; `hostname` may be hostile on purpose. */
export function decision(
  action: Action,
  endpointId: string,
  hostname: string,
  tenantId = "t-acme",
): Decision {
  return {
    tenantId,
    endpointId,
    hostname,
    action,
    reasons: [REASONS[action]],
    sentence: `${hostname}: ${action} because ${REASONS[action].replace(/_/g, " ")}.`,
    evidence: {
      central: { id: endpointId, hostname, type: "computer", daysSinceSeen: 120 },
      match: { kind: "no_directory", domainVia: "none" },
    },
  };
}

/**
 * `count` decisions over two tenants, cycling delete, review, keep, skip; hostnames `PC-00000`...
 */
export function manyDecisions(count: number): Decision[] {
  const actions: Action[] = ["delete", "review", "keep", "skip"];
  const out: Decision[] = [];
  for (let i = 0; i < count; i++) {
    const name = `PC-${String(i).padStart(5, "0")}`;
    out.push(decision(actions[i % 4] as Action, `ep-${i}`, name, i % 2 === 0 ? "t-acme" : "t-beta"));
  }
  return out;
}

/** Saves a plan of `decisions` made at `at` and returns its id (deletions are not capped). */
export async function savePlan(
  store: Store,
  decisions: readonly Decision[],
  at: Date = PAGE_NOW,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const policy: Policy = policySchema.parse({ maxDeletesPerRun: decisions.length, ...overrides });
  const plan = buildPlan(decisions, policy, at.getTime());
  await store.plans.save(toPlanRecord({ plan, policy, estateSizes: { "t-acme": decisions.length } }));
  return plan.id;
}

/** A dashboard context over `store` at {@link PAGE_NOW}; Central is not configured. */
export function pageContext(
  store: Store,
  options: { closeExternalTicket?: ExternalTicketCloser; now?: Date } = {},
): DashboardContext {
  return {
    store,
    actor: "dashboard:alice",
    now: () => options.now ?? PAGE_NOW,
    ...(options.closeExternalTicket === undefined
      ? {}
      : { closeExternalTicket: options.closeExternalTicket }),
    central: async (): Promise<CentralClient> => {
      throw new AuthenticationError("no Sophos Central credentials in page tests");
    },
  };
}

/** Markup with whitespace between and around tags removed, so tests match what a reader sees, not the layout. */
export function squash(markup: string): string {
  return markup.replace(/\s+/g, " ").replace(/ ?> ?/g, ">").replace(/ </g, "<").trim();
}

/** Whether `page` contains `fragment`, both compared after {@link squash}. */
export function hasMarkup(page: string, fragment: string): boolean {
  return squash(page).includes(squash(fragment));
}
