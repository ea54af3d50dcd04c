import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import { openStore } from "../open-store.js";
import type { Store } from "../store.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-journal-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function journalWithEntries(name: string, count: number): Promise<{ store: Store; path: string }> {
  const path = join(dir, `${name}.db`);
  let clock = Date.parse("2026-05-01T00:00:00Z");
  const store = openStore(path, { now: () => (clock += 1_000) });
  for (let i = 1; i <= count; i += 1) {
    await store.journal.append({
      kind: "endpoint.delete",
      actor: "cli",
      hostname: `PC-${i}`,
      outcome: "noted",
      detail: { i },
    });
  }
  return { store, path };
}

function rawSql(path: string, sql: string): void {
  const raw = new Database(path);
  try {
    raw.exec(sql);
  } finally {
    raw.close();
  }
}

test("appended entries chain to each other and the untouched journal verifies", async () => {
  const { store } = await journalWithEntries("clean", 3);
  try {
    const entries = await store.journal.list();
    assert.deepEqual(
      entries.map((e) => e.seq),
      [1, 2, 3],
    );
    assert.equal(entries[1]?.prevHash, entries[0]?.hash);
    assert.deepEqual(entries[2]?.detail, { i: 3 });
    assert.deepEqual(await store.journal.verify(), { ok: true, entries: 3 });
  } finally {
    store.close();
  }
});

test("the journal refuses UPDATE and DELETE through SQL", async () => {
  const { store, path } = await journalWithEntries("guarded", 2);
  store.close();
  assert.throws(() => rawSql(path, "UPDATE journal SET actor = 'x' WHERE seq = 1"), /append-only/);
  assert.throws(() => rawSql(path, "DELETE FROM journal WHERE seq = 1"), /append-only/);
});

test("a row edited with raw SQL (triggers dropped) fails verify at that seq", async () => {
  const { store, path } = await journalWithEntries("edited", 5);
  rawSql(path, "DROP TRIGGER journal_no_update; UPDATE journal SET detail = '{\"i\":99}' WHERE seq = 3");
  const result = await store.journal.verify();
  store.close();
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.brokenAt, 3);
  assert.match(!result.ok ? result.reason : "", /edited/);
});

test("a deleted row and swapped rows are detected", async () => {
  const deleted = await journalWithEntries("deleted", 4);
  rawSql(deleted.path, "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq = 2");
  const afterDelete = await deleted.store.journal.verify();
  deleted.store.close();
  assert.equal(!afterDelete.ok && afterDelete.brokenAt, 2);

  const swapped = await journalWithEntries("swapped", 4);
  rawSql(
    swapped.path,
    `DROP TRIGGER journal_no_update;
     UPDATE journal SET seq = -2 WHERE seq = 2; UPDATE journal SET seq = 2 WHERE seq = 3; UPDATE journal SET seq = 3 WHERE seq = -2;`,
  );
  const afterSwap = await swapped.store.journal.verify();
  swapped.store.close();
  assert.equal(!afterSwap.ok && afterSwap.brokenAt, 2);
});

test("deleting the last entries is detected through the journal head", async () => {
  const { store, path } = await journalWithEntries("truncated", 4);
  rawSql(path, "DROP TRIGGER journal_no_delete; DELETE FROM journal WHERE seq >= 3");
  const result = await store.journal.verify();
  store.close();
  assert.equal(!result.ok && result.brokenAt, 3);
});

test("pendingFor lists started deletions of a plan that never completed", async () => {
  const store = openStore(join(dir, "pending.db"));
  try {
    const base = { kind: "endpoint.delete", actor: "cli", tenantId: "t1", planId: "plan-1" } as const;
    const done = await store.journal.append({ ...base, endpointId: "e1", outcome: "started" });
    await store.journal.complete(done, "succeeded", { status: 200 });
    const crashed = await store.journal.append({ ...base, endpointId: "e2", outcome: "started" });
    const legacy = await store.journal.append({ ...base, endpointId: "e3", outcome: "started" });
    await store.journal.append({ ...base, endpointId: "e3", outcome: "failed" });
    await store.journal.append({ ...base, planId: "plan-2", endpointId: "e4", outcome: "started" });
    const pending = await store.journal.pendingFor("plan-1");
    assert.deepEqual(
      pending.map((entry) => entry.seq),
      [crashed.seq],
    );
    assert.equal(pending[0]?.endpointId, "e2");
    const completion = (await store.journal.list({ planId: "plan-1", outcome: "succeeded" }))[0];
    assert.equal(completion?.completes, done.seq);
    assert.equal(completion?.endpointId, "e1");
    assert.ok(legacy.seq > 0);
    assert.deepEqual(await store.journal.verify(), { ok: true, entries: 6 });
  } finally {
    store.close();
  }
});

test("list filters by kind, tenant, hostname (any case), outcome and time", async () => {
  let clock = Date.parse("2026-06-01T00:00:00Z");
  const store = openStore(":memory:", { now: () => (clock += 60_000) });
  try {
    await store.journal.append({
      kind: "endpoint.delete",
      actor: "a",
      tenantId: "t1",
      hostname: "PC-1",
      outcome: "started",
    });
    await store.journal.append({
      kind: "tamper.escrow",
      actor: "a",
      tenantId: "t2",
      hostname: "PC-2",
      outcome: "succeeded",
    });
    await store.journal.append({
      kind: "endpoint.delete",
      actor: "a",
      tenantId: "t2",
      hostname: "PC-2",
      outcome: "failed",
    });
    const seqs = async (filter: Parameters<Store["journal"]["list"]>[0]): Promise<number[]> =>
      (await store.journal.list(filter)).map((entry) => entry.seq);
    assert.deepEqual(await seqs({ kind: "endpoint.delete" }), [1, 3]);
    assert.deepEqual(await seqs({ tenantId: "t2" }), [2, 3]);
    assert.deepEqual(await seqs({ hostname: "pc-2" }), [2, 3]);
    assert.deepEqual(await seqs({ outcome: "failed" }), [3]);
    assert.deepEqual(await seqs({ since: "2026-06-01T00:02:00Z" }), [2, 3]);
    assert.deepEqual(await seqs({ until: new Date("2026-06-01T00:02:00Z") }), [1]);
    assert.deepEqual(await seqs({ limit: 1 }), [1]);
    await assert.rejects(store.journal.list({ since: "last tuesday" }), /filter 'since' is not a valid time/);
  } finally {
    store.close();
  }
});
