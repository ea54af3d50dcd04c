import type { TenantClient } from "../../central/index.js";
import type { JournalEntry, QuarantineGroupRef, Store } from "../../store/index.js";
import { readEndpoint } from "../apply/read-endpoint.js";
import { pendingQuarantineMoves, QUARANTINE_KIND } from "./quarantine-journal.js";

/** How the in-doubt quarantine moves of a killed run were settled (endpoint ids). */
export interface QuarantineInDoubt {
  /** Read back in the group the entry says it was moving to (or out of): the move had happened. */
  happened: string[];
  /** Read back where it was before (or gone): the move never happened; free to try again. */
  notHappened: string[];
}

/**
 * Settles moves into and out of quarantine that a killed run left `started`, by reading each device
 * back: a move into quarantine happened when the device is in the quarantine group (its quarantine is
 * then recorded as of the journal entry's time); a release happened when it no longer is. A read that
 * fails throws and leaves the entry pending: nothing is guessed.
 */
export async function resolveQuarantineInDoubt(
  store: Store,
  clientFor: (tenantId: string) => TenantClient | undefined,
): Promise<QuarantineInDoubt> {
  const settled: QuarantineInDoubt = { happened: [], notHappened: [] };
  for (const started of await pendingQuarantineMoves(store.journal)) {
    const { tenantId, endpointId, hostname } = started;
    if (tenantId === undefined || endpointId === undefined) continue;
    const client = clientFor(tenantId);
    if (client === undefined) continue;
    const group = started.detail?.["group"] as QuarantineGroupRef | undefined;
    const current = await readEndpoint(client, endpointId);
    const inGroup = current !== undefined && group !== undefined && current.group?.id === group.id;
    const moveIn = started.kind === QUARANTINE_KIND;
    const happened = current !== undefined && group !== undefined && (moveIn ? inGroup : !inGroup);
    if (happened && moveIn) {
      await store.quarantine.quarantine({
        tenantId,
        endpointId,
        hostname: hostname ?? current.hostname,
        group,
        originalGroup: (started.detail?.["originalGroup"] as QuarantineGroupRef | null | undefined) ?? null,
        quarantinedAt: started.at,
      });
    } else if (happened) {
      await store.quarantine.setState(tenantId, endpointId, "released");
    }
    await complete(store, started, happened, current === undefined);
    (happened ? settled.happened : settled.notHappened).push(endpointId);
  }
  return settled;
}

async function complete(
  store: Store,
  started: JournalEntry,
  happened: boolean,
  gone: boolean,
): Promise<void> {
  const found = gone ? "gone" : happened ? "moved" : "not moved";
  await store.journal.complete(started, happened ? "succeeded" : "aborted", {
    resolvedBy: "read-back",
    found,
  });
}
