import { NotFoundError, type TenantClient } from "../../central/index.js";
import type { JournalRepository } from "../../store/index.js";
import { DELETE_KIND } from "./journal-view.js";

/** How the in-doubt deletions of an interrupted run were settled. */
export interface InDoubtResolution {
  /** Read back as gone: the delete had happened; journaled as succeeded. */
  deleted: string[];
  /** Read back as present: the delete never happened; journaled as aborted, free to try again. */
  notDeleted: string[];
}

/**
 * Settles deletions a killed run left `started` without a completion, by reading each endpoint back
 * from Central, so a resumed run neither repeats a delete nor loses its record. A read-back that
 * fails leaves the entry pending (and throws): nothing is guessed.
 * @example await resolveInDoubt(store.journal, plan.id, (tenantId) => clients.get(tenantId));
 */
export async function resolveInDoubt(
  journal: JournalRepository,
  planId: string,
  clientFor: (tenantId: string) => TenantClient | undefined,
): Promise<InDoubtResolution> {
  const resolution: InDoubtResolution = { deleted: [], notDeleted: [] };
  for (const started of await journal.pendingFor(planId)) {
    if (started.kind !== DELETE_KIND || started.endpointId === undefined || started.tenantId === undefined)
      continue;
    const client = clientFor(started.tenantId);
    if (client === undefined) continue;
    let present: boolean;
    try {
      await client.getEndpoint(started.endpointId, "basic");
      present = true;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      present = false;
    }
    if (present) {
      await journal.complete(started, "aborted", { resolvedBy: "read-back", found: "still present" });
      resolution.notDeleted.push(started.endpointId);
    } else {
      await journal.complete(started, "succeeded", { resolvedBy: "read-back", found: "gone" });
      resolution.deleted.push(started.endpointId);
    }
  }
  return resolution;
}
