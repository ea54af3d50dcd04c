import { NotFoundError, type TenantClient } from "../../central/index.js";
import type { Endpoint } from "../../central/types.js";
import type { Store } from "../../store/index.js";
import type { Plan } from "../plan-types.js";
import type { Policy } from "../policy-schema.js";
import type { Decision } from "../types.js";
import { deleteEndpointSafely } from "./delete-endpoint-safely.js";
import { deleteHistory } from "./journal-view.js";
import { recheckEndpoint } from "./recheck-endpoint.js";
import { resolveInDoubt, type InDoubtResolution } from "./resolve-in-doubt.js";

/** What happened to one delete decision of a plan. */
export type ApplyOutcome =
  | "deleted"
  | "would_delete"
  | "failed"
  | "already_deleted"
  | "failed_earlier"
  | "gone"
  | "recently_active"
  | "changed"
  | "deferred";

/** One line of an apply report. */
export interface ApplyResult {
  tenantId: string;
  endpointId: string;
  hostname: string;
  outcome: ApplyOutcome;
  detail: string;
}

/** How to apply a plan that has passed validation and the circuit breaker. */
export interface ApplyPlanOptions {
  plan: Plan;
  policy: Policy;
  store: Store;
  /** False for the dry run: everything is checked and read, nothing is written to Central. */
  apply: boolean;
  maxDeletes: number;
  /** Deletions per minute; 0 for no pause. */
  ratePerMinute: number;
  escrowKey: Buffer | undefined;
  actor: string;
  clientFor(tenantId: string): TenantClient | undefined;
  now(): number;
  sleep(ms: number): Promise<void>;
  onResult?(result: ApplyResult): void;
}

/** The report of {@link applyPlan}. */
export interface ApplyReport {
  results: ApplyResult[];
  inDoubt: InDoubtResolution;
}

/**
 * Applies (or, without `apply`, rehearses) the delete decisions of a plan, one by one: settle what an
 * interrupted run left in doubt, skip what the journal shows done, re-check each device live, then
 * escrow, journal and delete. Devices found active again are not deleted and get a review ticket.
 */
export async function applyPlan(options: ApplyPlanOptions): Promise<ApplyReport> {
  const { plan, store } = options;
  const inDoubt = options.apply
    ? await resolveInDoubt(store.journal, plan.id, options.clientFor)
    : { deleted: [], notDeleted: [] };
  const history = await deleteHistory(store.journal, plan.id);
  const results: ApplyResult[] = [];
  const report = (decision: Decision, outcome: ApplyOutcome, detail: string): void => {
    const result = { ...identity(decision), outcome, detail };
    results.push(result);
    options.onResult?.(result);
  };
  let attempted = 0;
  for (const decision of plan.decisions) {
    if (decision.action !== "delete") continue;
    if (history.deletedEndpointIds.has(decision.endpointId)) {
      report(decision, "already_deleted", "deleted by an earlier run of this plan");
      continue;
    }
    if (history.failedEndpointIds.has(decision.endpointId)) {
      report(
        decision,
        "failed_earlier",
        "an earlier run of this plan failed to delete it; plan again to review it",
      );
      continue;
    }
    if (attempted >= options.maxDeletes) {
      report(decision, "deferred", `over --max-deletes ${options.maxDeletes}; run apply again for the rest`);
      continue;
    }
    const client = options.clientFor(decision.tenantId);
    if (client === undefined) {
      report(decision, "failed", "tenant not reachable with these credentials");
      continue;
    }
    if (options.apply && attempted > 0 && options.ratePerMinute > 0)
      await options.sleep(60_000 / options.ratePerMinute);
    attempted++;
    const verdict = recheckEndpoint(
      await readEndpoint(client, decision.endpointId),
      decision,
      options.policy,
      options.now(),
    );
    if (verdict.kind === "gone") {
      report(decision, "gone", "no longer in Central; nothing to delete");
      continue;
    }
    if (verdict.kind === "changed" || verdict.kind === "recently_active") {
      if (options.apply)
        await holdForReview(store, decision, verdict.kind, verdict.clause, options.actor, plan.id);
      report(decision, verdict.kind, `${verdict.clause} → review`);
      continue;
    }
    if (!options.apply) {
      report(decision, "would_delete", decision.sentence);
      continue;
    }
    const outcome = await deleteEndpointSafely(client, verdict.endpoint, decision, {
      store,
      planId: plan.id,
      actor: options.actor,
      escrowKey: options.escrowKey,
    });
    if (outcome.ok) {
      const escrowed =
        outcome.escrowId === undefined ? "no password escrowed" : `password escrowed (#${outcome.escrowId})`;
      report(decision, "deleted", escrowed);
    } else report(decision, "failed", outcome.error);
  }
  return { results, inDoubt };
}

async function readEndpoint(client: TenantClient, id: string): Promise<Endpoint | undefined> {
  try {
    return await client.getEndpoint(id, "full");
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

async function holdForReview(
  store: Store,
  decision: Decision,
  reason: "changed" | "recently_active",
  clause: string,
  actor: string,
  planId: string,
): Promise<void> {
  const code = reason === "recently_active" ? "recently_active" : "changed_since_plan";
  const ticket = await store.tickets.open({ ...identity(decision), reasons: [code] });
  await store.journal.append({
    kind: "endpoint.review",
    actor,
    ...identity(decision),
    planId,
    outcome: "noted",
    detail: { reasons: [code], clause, ticketId: ticket.id },
  });
}

function identity(d: Decision): { tenantId: string; endpointId: string; hostname: string } {
  return { tenantId: d.tenantId, endpointId: d.endpointId, hostname: d.hostname };
}
