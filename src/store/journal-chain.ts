import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.js";
import type { JournalEntry, JournalVerification } from "./journal-entry.js";

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields of an entry that its hash covers (everything except the chain fields themselves). */
function hashedFields(entry: Omit<JournalEntry, "hash" | "prevHash" | "seq">): Record<string, unknown> {
  return {
    at: entry.at,
    kind: entry.kind,
    actor: entry.actor,
    tenantId: entry.tenantId,
    endpointId: entry.endpointId,
    hostname: entry.hostname,
    planId: entry.planId,
    outcome: entry.outcome,
    completes: entry.completes,
    detail: entry.detail,
  };
}

/** `sha256(prevHash + canonical JSON of the entry + seq)` as hex. */
export function journalHash(prevHash: string, entry: Omit<JournalEntry, "hash" | "prevHash">): string {
  return createHash("sha256")
    .update(prevHash)
    .update(canonicalJson(hashedFields(entry)))
    .update(String(entry.seq))
    .digest("hex");
}

/**
 * Walk entries in `seq` order and report the first break: a gap (a deleted entry), a `prevHash`
 * that does not point at the previous entry (deleted or reordered), or content that no longer
 * matches its hash (edited). `head` is the last seq/hash recorded separately at append time; it
 * catches entries cut from the end, which a chain alone cannot.
 */
export function verifyJournalChain(
  entries: Iterable<JournalEntry>,
  head?: { seq: number; hash: string },
): JournalVerification {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) {
      return { ok: false, brokenAt: expectedSeq, reason: `entry ${expectedSeq} is missing (deleted)` };
    }
    if (entry.prevHash !== prevHash) {
      return {
        ok: false,
        brokenAt: entry.seq,
        reason: `entry ${entry.seq} does not follow entry ${entry.seq - 1} (deleted or reordered)`,
      };
    }
    if (journalHash(prevHash, entry) !== entry.hash) {
      return {
        ok: false,
        brokenAt: entry.seq,
        reason: `entry ${entry.seq} does not match its hash (edited)`,
      };
    }
    prevHash = entry.hash;
    expectedSeq += 1;
  }
  const last = expectedSeq - 1;
  if (head && head.seq > last) {
    return {
      ok: false,
      brokenAt: last + 1,
      reason: `the journal ends at entry ${last} but entry ${head.seq} was written (entries removed from the end)`,
    };
  }
  if (head && head.seq < last) {
    return {
      ok: false,
      brokenAt: head.seq + 1,
      reason: `entries after ${head.seq} were not written by centralctl (inserted directly)`,
    };
  }
  if (head && head.hash !== prevHash) {
    return { ok: false, brokenAt: last, reason: `entry ${last} was rewritten after it was appended` };
  }
  return { ok: true, entries: last };
}
