import type { TenantClient } from "../../central/index.js";
import type { Endpoint } from "../../central/types.js";
import type { QuarantineRecord } from "../../store/index.js";
import { deleteEndpointSafely } from "../apply/delete-endpoint-safely.js";
import { holdForReview } from "../apply/hold-for-review.js";
import { readEndpoint } from "../apply/read-endpoint.js";
import { recheckEndpoint } from "../apply/recheck-endpoint.js";
import type { Decision } from "../types.js";
import { decideQuarantineStep, type QuarantineStep } from "./decide-quarantine-step.js";
import { moveToQuarantine } from "./move-to-quarantine.js";
import { quarantineFacts } from "./quarantine-facts.js";
import { groupTypeFor } from "./quarantine-groups.js";
import type { QuarantineRun } from "./quarantine-run.js";
import { releaseFromQuarantine } from "./release-from-quarantine.js";

/**
 * One delete decision under the quarantine stage: re-check the device live, then quarantine it,
 * let it wait, delete it after its grace period, or move it back when it came back (see
 * {@link decideQuarantineStep}). The dry run reports the same steps without changing anything.
 */
export async function applyQuarantineDecision(
  run: QuarantineRun,
  client: TenantClient,
  decision: Decision,
): Promise<void> {
  const record = await run.store.quarantine.get(decision.tenantId, decision.endpointId);
  const current = await readEndpoint(client, decision.endpointId);
  const step = decideQuarantineStep({
    verdict: recheckEndpoint(current, decision, run.policy, run.now()),
    record,
    graceDays: run.settings.graceDays,
    groupName: run.settings.groupName,
    now: run.now(),
  });
  switch (step.kind) {
    case "gone":
      return run.report(decision, "gone", "no longer in Central; nothing to delete");
    case "review":
      if (run.apply)
        await holdForReview(run.store, decision, step.reason, step.clause, run.actor, run.planId);
      return run.report(decision, step.reason, `${step.clause} → review`);
    case "wait":
      return run.report(
        decision,
        "waiting",
        `in ${record?.group.name} for ${step.daysIn} days; deleted in ${step.daysLeft} more days if still inactive`,
      );
    case "release":
      return release(run, client, decision, step, current as Endpoint);
    case "quarantine":
      return quarantine(run, client, decision, step);
    case "delete_after_grace":
      return deleteAfterGrace(run, client, decision, step, record as QuarantineRecord);
  }
}

async function quarantine(
  run: QuarantineRun,
  client: TenantClient,
  decision: Decision,
  step: Extract<QuarantineStep, { kind: "quarantine" }>,
): Promise<void> {
  if (!(await run.claimChange())) return deferred(run, decision);
  const from = step.originalGroup === null ? "no group" : `group ${step.originalGroup.name}`;
  const grace = `deleted after ${run.settings.graceDays} days if still inactive`;
  const type = groupTypeFor(step.endpoint);
  if (!run.apply) {
    const exists = (await run.groups.peek(client, type)) !== undefined;
    const name = `${run.settings.groupName}${exists ? "" : " (created on first use)"}`;
    return run.report(decision, "would_quarantine", `would move from ${from} into ${name}; ${grace}`);
  }
  let group;
  try {
    group = await run.groups.ensure(client, type);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return run.report(decision, "failed", `no ${type} group ${run.settings.groupName}: ${message}`);
  }
  const moved = await moveToQuarantine(client, decision, group, step.originalGroup, run);
  if (!moved.ok) return run.report(decision, "failed", `not quarantined: ${moved.error}`);
  run.report(decision, "quarantined", `moved from ${from} into ${group.name}; ${grace}`);
}

async function deleteAfterGrace(
  run: QuarantineRun,
  client: TenantClient,
  decision: Decision,
  step: Extract<QuarantineStep, { kind: "delete_after_grace" }>,
  record: QuarantineRecord,
): Promise<void> {
  if (!(await run.claimChange())) return deferred(run, decision);
  const served = `in ${record.group.name} for ${step.daysIn} days (grace ${run.settings.graceDays}), still inactive`;
  if (!run.apply) return run.report(decision, "would_delete", `${served} → delete`);
  const outcome = await deleteEndpointSafely(client, step.endpoint, decision, {
    store: run.store,
    planId: run.planId,
    actor: run.actor,
    escrowKey: run.escrowKey,
    snapshotExtras: { quarantine: quarantineFacts(record) },
  });
  if (!outcome.ok) return run.report(decision, "failed", outcome.error);
  await run.store.quarantine.setState(decision.tenantId, decision.endpointId, "deleted");
  const escrowed =
    outcome.escrowId === undefined ? "no password escrowed" : `password escrowed (#${outcome.escrowId})`;
  run.report(decision, "deleted", `${served}; ${escrowed}`);
}

async function release(
  run: QuarantineRun,
  client: TenantClient,
  decision: Decision,
  step: Extract<QuarantineStep, { kind: "release" }>,
  current: Endpoint,
): Promise<void> {
  const back = step.record.originalGroup === null ? "no group" : `group ${step.record.originalGroup.name}`;
  if (!run.apply)
    return run.report(decision, "would_release", `${step.clause} → would move back to ${back}, review`);
  const released = await releaseFromQuarantine(client, step.record, current, { ...run, why: step.clause });
  if (!released.ok) return run.report(decision, "failed", released.error);
  await holdForReview(run.store, decision, step.reason, step.clause, run.actor, run.planId);
  run.report(decision, step.reason, `${released.detail} → review`);
}

function deferred(run: QuarantineRun, decision: Decision): void {
  run.report(
    decision,
    "deferred",
    `over --max-deletes ${run.maxDeletes} (moves into quarantine count too); run apply again for the rest`,
  );
}
