import type { JournalEntry, JournalRepository } from "../store/index.js";
import { siteIdOf } from "./local-site-delete-history.js";
import { siteKey } from "./plan-site-clean-up.js";

/** How the in-doubt deletions of a crashed run were settled. */
export interface PendingSettlement {
  /** Gone from a fresh listing: the delete had happened. Site key to the completing entry's seq. */
  deleted: Map<string, number>;
  /** Still listed: the delete never happened; journaled `aborted`, free to be selected again. */
  notDeleted: string[];
  /** Tenants not listed in this run: left pending for a later run. */
  unresolved: number;
}

/**
 * Settle `started` deletions a crashed run left without a completion, against this run's fresh
 * listing of each tenant's sites (`listed`: tenant id to its site ids). A site no longer listed was
 * deleted (journaled `succeeded`, never deleted again); one still listed was not (`aborted`).
 * Tenants whose listing failed stay pending: nothing is guessed.
 */
export async function settlePendingDeletions(
  journal: JournalRepository,
  pending: readonly JournalEntry[],
  listed: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<PendingSettlement> {
  const settlement: PendingSettlement = { deleted: new Map(), notDeleted: [], unresolved: 0 };
  for (const started of pending) {
    const siteId = siteIdOf(started);
    const sites = started.tenantId === undefined ? undefined : listed.get(started.tenantId);
    if (siteId === undefined || sites === undefined || started.tenantId === undefined) {
      settlement.unresolved += 1;
      continue;
    }
    const key = siteKey(started.tenantId, siteId);
    if (sites.has(siteId.toLowerCase())) {
      await journal.complete(started, "aborted", { siteId, resolvedBy: "listing", found: "still present" });
      settlement.notDeleted.push(key);
    } else {
      const done = await journal.complete(started, "succeeded", {
        siteId,
        resolvedBy: "listing",
        found: "gone",
      });
      settlement.deleted.set(key, done.seq);
    }
  }
  return settlement;
}
