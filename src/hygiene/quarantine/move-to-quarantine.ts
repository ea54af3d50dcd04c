import type { TenantClient } from "../../central/index.js";
import { addEndpointsToGroup } from "../../central/endpoint-groups.js";
import type { QuarantineGroupRef, Store } from "../../store/index.js";
import { redactSecrets } from "../../util/redact.js";
import { identityOf } from "../apply/apply-result.js";
import { readEndpoint } from "../apply/read-endpoint.js";
import { QUARANTINE_KIND } from "./quarantine-journal.js";

/** How one move into the quarantine group ended. */
export type MoveOutcome = { ok: true; quarantinedAt: string } | { ok: false; error: string };

/** Who moves what, for the journal. */
export interface MoveContext {
  store: Store;
  planId: string;
  actor: string;
}

/**
 * Moves one device into the quarantine group with the same crash safety as a delete: journal
 * `started` (with the group it came from) before the API call, record the quarantine and complete
 * the entry after it. A run killed in between leaves a pending entry that the next run settles by
 * reading the device's group back, so no device is moved, or its grace period started, twice. A
 * failed call is read back at once: Central may have moved the device before the answer was lost.
 */
export async function moveToQuarantine(
  client: TenantClient,
  device: { tenantId: string; endpointId: string; hostname: string },
  group: QuarantineGroupRef,
  originalGroup: QuarantineGroupRef | null,
  context: MoveContext,
): Promise<MoveOutcome> {
  const { store } = context;
  const started = await store.journal.append({
    kind: QUARANTINE_KIND,
    actor: context.actor,
    ...identityOf(device),
    planId: context.planId,
    outcome: "started",
    detail: { group, originalGroup },
  });
  try {
    const added = await addEndpointsToGroup(client, group.id, [device.endpointId]);
    if (!added.some((m) => m.id === device.endpointId))
      throw new Error(`Central did not report ${device.hostname} added to group ${group.name}`);
    const record = await store.quarantine.quarantine({ ...identityOf(device), group, originalGroup });
    await store.journal.complete(started, "succeeded", { quarantinedAt: record.quarantinedAt });
    return { ok: true, quarantinedAt: record.quarantinedAt };
  } catch (error) {
    const message = redactSecrets(error instanceof Error ? error.message : String(error));
    // The answer may be lost while the move happened: read back, so that a device in the group is
    // never recorded as not quarantined (a later move would take the quarantine group for its own).
    let current;
    try {
      current = await readEndpoint(client, device.endpointId);
    } catch {
      return { ok: false, error: `${message}; left in doubt, the next apply settles it by reading it back` };
    }
    if (current?.group?.id === group.id) {
      const record = await store.quarantine.quarantine({ ...identityOf(device), group, originalGroup });
      await store.journal.complete(started, "succeeded", {
        quarantinedAt: record.quarantinedAt,
        readBack: true,
      });
      return { ok: true, quarantinedAt: record.quarantinedAt };
    }
    await store.journal.complete(started, "failed", { error: message });
    return { ok: false, error: message };
  }
}
