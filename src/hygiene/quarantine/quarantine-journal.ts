import type { JournalEntry, JournalRepository } from "../../store/index.js";

/** The journal kind of a move into the quarantine group. */
export const QUARANTINE_KIND = "endpoint.quarantine";
/** The journal kind of a move out of the quarantine group, back to the original group. */
export const RELEASE_KIND = "endpoint.release";

/**
 * Moves into or out of quarantine that a killed run journaled `started` but never completed, of
 * every plan: a quarantine outlives the plan that began it, so the next run of any plan settles it.
 */
export async function pendingQuarantineMoves(journal: JournalRepository): Promise<JournalEntry[]> {
  const pending: JournalEntry[] = [];
  for (const kind of [QUARANTINE_KIND, RELEASE_KIND]) {
    const entries = await journal.list({ kind });
    const completed = new Set(entries.flatMap((e) => (e.completes === undefined ? [] : [e.completes])));
    for (const e of entries) if (e.outcome === "started" && !completed.has(e.seq)) pending.push(e);
  }
  return pending.sort((a, b) => a.seq - b.seq);
}
