import type { JournalEntry } from "../../store/index.js";

function keyOf(entry: JournalEntry): string {
  return JSON.stringify([entry.kind, entry.planId ?? null, entry.tenantId ?? null, entry.endpointId ?? null]);
}

/**
 * The `seq` of every `started` entry with no completion: actions that may or may not have happened
 * (a crash between the API call and its journal entry). Same rule as `JournalRepository.pendingFor`,
 * over the whole journal: completed by an entry whose `completes` names it, or, for entries written
 * without `completes`, by a later non-started entry of the same kind, plan, tenant and endpoint.
 * Unlike the SQL of pendingFor (which is asked per plan), entries without a plan match each other.
 */
export function inDoubtSeqs(entries: Iterable<JournalEntry>): Set<number> {
  const open = new Set<number>();
  const openByKey = new Map<string, number[]>();
  for (const entry of entries) {
    if (entry.outcome === "started") {
      open.add(entry.seq);
      const key = keyOf(entry);
      const list = openByKey.get(key);
      if (list === undefined) openByKey.set(key, [entry.seq]);
      else list.push(entry.seq);
    } else if (entry.completes !== undefined) {
      open.delete(entry.completes);
    } else {
      const key = keyOf(entry);
      for (const seq of openByKey.get(key) ?? []) open.delete(seq);
      openByKey.delete(key);
    }
  }
  return open;
}
