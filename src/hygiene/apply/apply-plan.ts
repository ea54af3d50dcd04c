import type { TenantClient } from "../../central/index.js";
import type { Store } from "../../store/index.js";
import type { Plan } from "../plan-types.js";
import type { Policy } from "../policy-schema.js";
import { applyQuarantineDecision } from "../quarantine/apply-quarantine-decision.js";
import { quarantineFacts } from "../quarantine/quarantine-facts.js";
import { QuarantineGroups } from "../quarantine/quarantine-groups.js";
import type { QuarantineRun } from "../quarantine/quarantine-run.js";
import type { QuarantineSettings } from "../quarantine/quarantine-settings.js";
import {
  resolveQuarantineInDoubt,
  type QuarantineInDoubt,
} from "../quarantine/resolve-quarantine-in-doubt.js";
import { sweepQuarantine } from "../quarantine/sweep-quarantine.js";
import type { Decision } from "../types.js";
import { identityOf, type ApplyResult } from "./apply-result.js";
import { deleteEndpointSafely } from "./delete-endpoint-safely.js";
import { holdForReview } from "./hold-for-review.js";
import { deleteHistory } from "./journal-view.js";
import { readEndpoint } from "./read-endpoint.js";
import { recheckEndpoint } from "./recheck-endpoint.js";
import { resolveInDoubt, type InDoubtResolution } from "./resolve-in-doubt.js";

export type { ApplyOutcome, ApplyResult } from "./apply-result.js";

/** How to apply a plan that has passed validation and the circuit breaker. */
export interface ApplyPlanOptions {
  plan: Plan;
  policy: Policy;
  store: Store;
  /** False for the dry run: everything is checked and read, nothing is written to Central. */
  apply: boolean;
  /** Changes this run: deletions, and with quarantine also moves into the quarantine group. */
  maxDeletes: number;
  /** Deletions (and quarantine moves) per minute; 0 for no pause. */
  ratePerMinute: number;
  escrowKey: Buffer | undefined;
  actor: string;
  /** The quarantine stage; undefined deletes at once, as without it. */
  quarantine?: QuarantineSettings | undefined;
  clientFor(tenantId: string): TenantClient | undefined;
  now(): number;
  sleep(ms: number): Promise<void>;
  onResult?(result: ApplyResult): void;
}

/** The report of {@link applyPlan}. */
export interface ApplyReport {
  results: ApplyResult[];
  inDoubt: InDoubtResolution;
  /** Quarantine moves an interrupted run left in doubt, settled by read-back. */
  quarantineInDoubt: QuarantineInDoubt;
}

/**
 * Applies (or, without `apply`, rehearses) the delete decisions of a plan, one by one: settle what an
 * interrupted run left in doubt, skip what the journal shows done, re-check each device live, then
 * escrow, journal and delete — or, with the quarantine stage, move it into the quarantine group
 * first and delete it only after its grace period. Devices found active again are not deleted and
 * get a review ticket; quarantined devices the plan no longer deletes are moved back.
 */
export async function applyPlan(options: ApplyPlanOptions): Promise<ApplyReport> {
  const { plan, store } = options;
  const inDoubt = options.apply
    ? await resolveInDoubt(store.journal, plan.id, options.clientFor)
    : { deleted: [], notDeleted: [] };
  const quarantineInDoubt = options.apply
    ? await resolveQuarantineInDoubt(store, options.clientFor)
    : { happened: [], notHappened: [] };
  const history = await deleteHistory(store.journal, plan.id);
  const results: ApplyResult[] = [];
  const report = (
    device: Parameters<QuarantineRun["report"]>[0],
    outcome: ApplyResult["outcome"],
    detail: string,
  ): void => {
    const result = { ...identityOf(device), outcome, detail };
    results.push(result);
    options.onResult?.(result);
  };
  let attempted = 0;
  const claimChange = async (): Promise<boolean> => {
    if (attempted >= options.maxDeletes) return false;
    if (options.apply && attempted > 0 && options.ratePerMinute > 0)
      await options.sleep(60_000 / options.ratePerMinute);
    attempted++;
    return true;
  };
  const run: QuarantineRun | undefined =
    options.quarantine === undefined
      ? undefined
      : {
          ...options,
          planId: plan.id,
          settings: options.quarantine,
          groups: new QuarantineGroups(options.quarantine.groupName),
          claimChange,
          report,
        };
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
    const client = options.clientFor(decision.tenantId);
    if (client === undefined) {
      report(decision, "failed", "tenant not reachable with these credentials");
      continue;
    }
    if (run !== undefined) await applyQuarantineDecision(run, client, decision);
    else await deleteAtOnce(options, client, decision, claimChange, report);
  }
  await sweepQuarantine({ ...options, planId: plan.id, report }, plan, options.clientFor);
  return { results, inDoubt, quarantineInDoubt };
}

/** The delete path without quarantine: budget, live re-check, then escrow, journal and delete. */
async function deleteAtOnce(
  options: ApplyPlanOptions,
  client: TenantClient,
  decision: Decision,
  claimChange: () => Promise<boolean>,
  report: QuarantineRun["report"],
): Promise<void> {
  if (!(await claimChange())) {
    report(decision, "deferred", `over --max-deletes ${options.maxDeletes}; run apply again for the rest`);
    return;
  }
  const verdict = recheckEndpoint(
    await readEndpoint(client, decision.endpointId),
    decision,
    options.policy,
    options.now(),
  );
  if (verdict.kind === "gone") return report(decision, "gone", "no longer in Central; nothing to delete");
  if (verdict.kind === "changed" || verdict.kind === "recently_active") {
    if (options.apply)
      await holdForReview(
        options.store,
        decision,
        verdict.kind,
        verdict.clause,
        options.actor,
        options.plan.id,
      );
    return report(decision, verdict.kind, `${verdict.clause} → review`);
  }
  if (!options.apply) return report(decision, "would_delete", decision.sentence);
  // Quarantined under an earlier policy and deleted at once now: the snapshot must still name the
  // group it came from (its group now is the quarantine group), and the quarantine ends here.
  const found = await options.store.quarantine.get(decision.tenantId, decision.endpointId);
  const record = found?.state === "quarantined" ? found : undefined;
  const outcome = await deleteEndpointSafely(client, verdict.endpoint, decision, {
    store: options.store,
    planId: options.plan.id,
    actor: options.actor,
    escrowKey: options.escrowKey,
    ...(record === undefined ? {} : { snapshotExtras: { quarantine: quarantineFacts(record) } }),
  });
  if (!outcome.ok) return report(decision, "failed", outcome.error);
  if (record !== undefined)
    await options.store.quarantine.setState(decision.tenantId, decision.endpointId, "deleted");
  const escrowed =
    outcome.escrowId === undefined ? "no password escrowed" : `password escrowed (#${outcome.escrowId})`;
  report(decision, "deleted", escrowed);
}
