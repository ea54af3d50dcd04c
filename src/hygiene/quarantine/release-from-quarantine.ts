import { NotFoundError, type TenantClient } from "../../central/index.js";
import { addEndpointsToGroup, removeEndpointsFromGroup } from "../../central/endpoint-groups.js";
import type { Endpoint } from "../../central/types.js";
import type { QuarantineRecord, Store } from "../../store/index.js";
import { redactSecrets } from "../../util/redact.js";
import { identityOf } from "../apply/apply-result.js";
import { RELEASE_KIND } from "./quarantine-journal.js";

/** How one release ended; `detail` says where the device went. */
export type ReleaseOutcome = { ok: true; detail: string } | { ok: false; error: string };

/**
 * Moves a quarantined device back to the group it came from (or out of the quarantine group, when
 * it had none or that group is gone), journaled `started` before and completed after, like a move
 * in. A device someone already moved out of the quarantine group is only marked released.
 */
export async function releaseFromQuarantine(
  client: TenantClient,
  record: QuarantineRecord,
  current: Endpoint,
  context: { store: Store; planId: string; actor: string; why: string },
): Promise<ReleaseOutcome> {
  const { store } = context;
  if (current.group?.id !== record.group.id) {
    await store.quarantine.setState(record.tenantId, record.endpointId, "released");
    return { ok: true, detail: `already out of ${record.group.name}; ${context.why}` };
  }
  const started = await store.journal.append({
    kind: RELEASE_KIND,
    actor: context.actor,
    ...identityOf(record),
    planId: context.planId,
    outcome: "started",
    detail: { group: record.group, originalGroup: record.originalGroup, why: context.why },
  });
  try {
    const where = await moveBack(client, record);
    await store.quarantine.setState(record.tenantId, record.endpointId, "released");
    await store.journal.complete(started, "succeeded", { movedTo: where });
    return { ok: true, detail: `moved back to ${where}; ${context.why}` };
  } catch (error) {
    const message = redactSecrets(error instanceof Error ? error.message : String(error));
    await store.journal.complete(started, "failed", { error: message });
    return { ok: false, error: `could not move it out of ${record.group.name}: ${message}` };
  }
}

async function moveBack(client: TenantClient, record: QuarantineRecord): Promise<string> {
  if (record.originalGroup !== null) {
    try {
      const added = await addEndpointsToGroup(client, record.originalGroup.id, [record.endpointId]);
      if (added.some((m) => m.id === record.endpointId)) return `group ${record.originalGroup.name}`;
    } catch (error) {
      // The original group was deleted meanwhile: leave the device ungrouped rather than quarantined.
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  await removeEndpointsFromGroup(client, record.group.id, [record.endpointId]);
  return record.originalGroup === null
    ? "no group (it had none)"
    : `no group (group ${record.originalGroup.name} no longer exists)`;
}
