import { strict as assert } from "node:assert";
import { test } from "node:test";
import { GENESIS_HASH, journalHash, verifyJournalChain } from "./journal-chain.js";
import type { JournalEntry } from "./journal-entry.js";

function chain(count: number): JournalEntry[] {
  const entries: JournalEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const body = { seq, at: `2026-01-01T00:00:0${seq}.000Z`, kind: "endpoint.delete", actor: "cli" };
    const entry: JournalEntry = {
      ...body,
      outcome: "started",
      prevHash,
      hash: journalHash(prevHash, { ...body, outcome: "started" }),
    };
    entries.push(entry);
    prevHash = entry.hash;
  }
  return entries;
}

test("an untouched chain verifies", () => {
  const entries = chain(4);
  assert.deepEqual(verifyJournalChain(entries, entries[3]), { ok: true, entries: 4 });
});

test("an edited entry breaks the chain at that entry", () => {
  const entries = chain(4);
  entries[2] = { ...entries[2]!, actor: "mallory" };
  assert.deepEqual(verifyJournalChain(entries), {
    ok: false,
    brokenAt: 3,
    reason: "entry 3 does not match its hash (edited)",
  });
});

test("a deleted entry is reported as missing", () => {
  const entries = chain(4);
  entries.splice(1, 1);
  const result = verifyJournalChain(entries);
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.brokenAt, 2);
});

test("swapped entries with renumbered seqs are detected", () => {
  const entries = chain(4);
  const [second, third] = [entries[1]!, entries[2]!];
  entries[1] = { ...third, seq: 2 };
  entries[2] = { ...second, seq: 3 };
  const result = verifyJournalChain(entries);
  assert.equal(!result.ok && result.brokenAt, 2);
});

test("entries cut from the end are caught by the separately kept head", () => {
  const entries = chain(4);
  const head = { seq: 4, hash: entries[3]!.hash };
  const result = verifyJournalChain(entries.slice(0, 2), head);
  assert.equal(!result.ok && result.brokenAt, 3);
  assert.match(!result.ok ? result.reason : "", /removed from the end/);
});

test("the hash covers the seq, so the same content at another position hashes differently", () => {
  const body = { at: "2026-01-01T00:00:00.000Z", kind: "k", actor: "a", outcome: "noted" as const };
  assert.notEqual(
    journalHash(GENESIS_HASH, { ...body, seq: 1 }),
    journalHash(GENESIS_HASH, { ...body, seq: 2 }),
  );
});
