import type { JournalEntry, JournalRepository } from "../store/index.js";
import { siteKey } from "./plan-site-clean-up.js";

/** The journal kind of a local-site deletion (shown by `centralctl audit --kind local-site.delete`). */
export const LOCAL_SITE_DELETE_KIND = "local-site.delete";

/** What earlier clean-up runs did, read from the journal. */
export interface LocalSiteDeleteHistory {
  /** Site key (`siteKey(tenantId, siteId)`) to the seq of the entry recording its deletion. */
  deleted: Map<string, number>;
  /** `started` deletions with no completion: a run died between the journal entry and the answer. */
  pending: JournalEntry[];
}

/**
 * Read the local-site deletions from the journal: which sites earlier runs deleted (never deleted
 * again) and which deletions a crashed run left in doubt (see `settlePendingDeletions`).
 */
export async function localSiteDeleteHistory(journal: JournalRepository): Promise<LocalSiteDeleteHistory> {
  const entries = await journal.list({ kind: LOCAL_SITE_DELETE_KIND });
  const bySeq = new Map(entries.map((entry) => [entry.seq, entry]));
  const completed = new Set<number>();
  const deleted = new Map<string, number>();
  for (const entry of entries) {
    if (entry.outcome === "started") continue;
    if (entry.completes !== undefined) completed.add(entry.completes);
    if (entry.outcome !== "succeeded") continue;
    const started = entry.completes === undefined ? undefined : bySeq.get(entry.completes);
    const siteId = siteIdOf(entry) ?? (started ? siteIdOf(started) : undefined);
    if (entry.tenantId !== undefined && siteId !== undefined)
      deleted.set(siteKey(entry.tenantId, siteId), entry.seq);
  }
  const pending = entries.filter((entry) => entry.outcome === "started" && !completed.has(entry.seq));
  return { deleted, pending };
}

/** The local site id a journal entry is about (kept in `detail.siteId`). */
export function siteIdOf(entry: JournalEntry): string | undefined {
  const id = entry.detail?.["siteId"];
  return typeof id === "string" ? id : undefined;
}
