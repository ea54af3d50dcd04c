import type { JournalEntry, JournalRepository } from "../../store/index.js";
import type { JournalView } from "../types.js";

/** The journal kind of an endpoint deletion. */
export const DELETE_KIND = "endpoint.delete";

/** Deletions the journal has seen, per outcome; also what a resumed apply must not repeat. */
export interface DeleteHistory extends JournalView {
  deletedEndpointIds: Set<string>;
  failedEndpointIds: Set<string>;
}

/**
 * What earlier runs did, from the journal: endpoints deleted (never proposed again) and endpoints
 * whose delete failed (reviewed next time). A later success clears an earlier failure.
 * @example decideAll(devices, { journal: await deleteHistory(store.journal), ... })
 */
export async function deleteHistory(journal: JournalRepository, planId?: string): Promise<DeleteHistory> {
  const entries: JournalEntry[] = await journal.list(
    planId === undefined ? { kind: DELETE_KIND } : { kind: DELETE_KIND, planId },
  );
  const deletedEndpointIds = new Set<string>();
  const failedEndpointIds = new Set<string>();
  for (const entry of entries) {
    if (entry.endpointId === undefined) continue;
    if (entry.outcome === "succeeded") {
      deletedEndpointIds.add(entry.endpointId);
      failedEndpointIds.delete(entry.endpointId);
    } else if (entry.outcome === "failed" && !deletedEndpointIds.has(entry.endpointId)) {
      failedEndpointIds.add(entry.endpointId);
    }
  }
  return { deletedEndpointIds, failedEndpointIds };
}
