import type { TenantClient } from "../../central/index.js";
import { groupsOfEndpoint } from "../../central/endpoint-groups.js";
import type { Endpoint } from "../../central/types.js";
import type { Store } from "../../store/index.js";
import { redactSecrets } from "../../util/redact.js";
import type { Decision } from "../types.js";
import { DELETE_KIND } from "./journal-view.js";

/** How one deletion ended. */
export type DeleteOutcome = { ok: true; escrowId: number | undefined } | { ok: false; error: string };

/** What {@link deleteEndpointSafely} needs besides the endpoint. */
export interface SafeDeleteContext {
  store: Store;
  planId: string;
  actor: string;
  /** The escrow key; undefined only with `--no-escrow`. */
  escrowKey: Buffer | undefined;
  /** More facts for the snapshot, e.g. the group a quarantined device came from. */
  snapshotExtras?: Record<string, unknown>;
}

/**
 * Deletes one endpoint so that no step can be lost: escrow the tamper-protection password and a
 * snapshot (the full record and its group memberships per the groups API) first (no escrow, no delete), journal `started` before the API call and the outcome
 * after it. A crash between the two leaves a pending entry that the next run settles by read-back.
 */
export async function deleteEndpointSafely(
  client: TenantClient,
  endpoint: Endpoint,
  decision: Decision,
  context: SafeDeleteContext,
): Promise<DeleteOutcome> {
  const { store } = context;
  const where = { tenantId: decision.tenantId, endpointId: decision.endpointId, hostname: decision.hostname };
  let escrowId: number | undefined;
  if (context.escrowKey !== undefined) {
    try {
      escrowId = await escrow(client, endpoint, decision, context);
    } catch (error) {
      const message = redactSecrets(error instanceof Error ? error.message : String(error));
      await store.journal.append({
        kind: "tamper.escrow",
        actor: context.actor,
        ...where,
        planId: context.planId,
        outcome: "failed",
        detail: { error: message },
      });
      return { ok: false, error: `could not escrow the tamper-protection password, not deleted: ${message}` };
    }
  }
  const started = await store.journal.append({
    kind: DELETE_KIND,
    actor: context.actor,
    ...where,
    planId: context.planId,
    outcome: "started",
    detail: { reasons: [...decision.reasons], escrowId: escrowId ?? null },
  });
  try {
    const result = await client.deleteEndpoint(decision.endpointId);
    if (!result.deleted) throw new Error("Central answered deleted: false");
    await store.journal.complete(started, "succeeded", { readBack: result.readBack === true });
    return { ok: true, escrowId };
  } catch (error) {
    const message = redactSecrets(error instanceof Error ? error.message : String(error));
    await store.journal.complete(started, "failed", { error: message });
    return { ok: false, error: message };
  }
}

async function escrow(
  client: TenantClient,
  endpoint: Endpoint,
  decision: Decision,
  context: SafeDeleteContext,
): Promise<number | undefined> {
  // Without tamper protection there is no password to lose; the snapshot alone is not worth a record.
  if (endpoint.tamperProtectionEnabled === false) return undefined;
  const tp = await client.tamperProtection(decision.endpointId);
  // Which group to put a re-installed device back into: from the groups API, not only the record.
  const groupMemberships = await groupsOfEndpoint(client, decision.endpointId);
  const id = await context.store.escrow.put(
    {
      tenantId: decision.tenantId,
      endpointId: decision.endpointId,
      hostname: decision.hostname,
      password: tp.password,
      previousPasswords: (tp.previousPasswords ?? []).map((p) => p.password),
      snapshot: { ...endpoint, groupMemberships, ...context.snapshotExtras },
    },
    context.escrowKey,
  );
  await context.store.journal.append({
    kind: "tamper.escrow",
    actor: context.actor,
    tenantId: decision.tenantId,
    endpointId: decision.endpointId,
    hostname: decision.hostname,
    planId: context.planId,
    outcome: "succeeded",
    detail: { escrowId: id },
  });
  return id;
}
