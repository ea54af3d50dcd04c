import assert from "node:assert/strict";
import { test } from "node:test";
import type { JournalEntry } from "../../store/index.js";
import { inDoubtSeqs } from "./in-doubt.js";

let seq = 0;
function entry(fields: Partial<JournalEntry> & Pick<JournalEntry, "outcome">): JournalEntry {
  seq += 1;
  return {
    seq,
    at: "2026-03-01T00:00:00Z",
    kind: "endpoint.delete",
    actor: "cli",
    planId: "p1",
    tenantId: "t1",
    endpointId: `e${seq}`,
    prevHash: "",
    hash: "",
    ...fields,
  };
}

test("a started entry stays in doubt until something completes it", () => {
  const a = entry({ outcome: "started", endpointId: "a" });
  const b = entry({ outcome: "started", endpointId: "b" });
  const c = entry({ outcome: "started", endpointId: "c" });
  const entries = [
    a,
    b,
    c,
    entry({ outcome: "succeeded", endpointId: "a", completes: a.seq }),
    // Completion written without `completes`: matched by kind, plan, tenant and endpoint.
    entry({ outcome: "failed", endpointId: "b" }),
    // Same endpoint but another kind completes nothing.
    entry({ outcome: "succeeded", endpointId: "c", kind: "quarantine.move" }),
  ];
  assert.deepEqual([...inDoubtSeqs(entries)], [c.seq]);
});

test("a completion written before a later start does not complete that later start", () => {
  const done = entry({ outcome: "succeeded", endpointId: "x" });
  const later = entry({ outcome: "started", endpointId: "x" });
  assert.deepEqual([...inDoubtSeqs([done, later])], [later.seq]);
});
