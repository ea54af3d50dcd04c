import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import { openStore } from "../open-store.js";
import { StoreError } from "../store-error.js";
import { MIGRATIONS } from "./migrations.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-open-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("a new store file is created in a new directory, migrated, in WAL mode and owner-only", async () => {
  const path = join(dir, "nested", "deeper", "state.db");
  const store = openStore(path);
  await store.spool.put("q", "1", "one");
  store.close();
  const raw = new Database(path, { readonly: true });
  try {
    assert.equal(raw.pragma("user_version", { simple: true }), MIGRATIONS.length);
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    for (const table of [
      "cursors",
      "delivered",
      "spool",
      "plans",
      "plan_decisions",
      "journal",
      "escrow",
      "tickets",
      "hunt_hits",
    ]) {
      assert.ok(tables.includes(table), `table ${table} exists`);
    }
  } finally {
    raw.close();
  }
  assert.equal(statSync(path).mode & 0o077, 0, "no group/other access to the state file");
  assert.equal(statSync(join(dir, "nested")).mode & 0o077, 0, "no group/other access to the new directory");
});

test("reopening an existing store keeps its data and does not migrate again", async () => {
  const path = join(dir, "reopen.db");
  const first = openStore(path);
  await first.cursors.commitDelivery("alerts", "t1", ["a"], "2026-01-01T00:00:00Z");
  first.close();
  const second = openStore(path);
  try {
    assert.equal(await second.cursors.get("alerts", "t1"), "2026-01-01T00:00:00Z");
    assert.equal(await second.cursors.isDelivered("alerts", "t1", "a"), true);
  } finally {
    second.close();
  }
});

test("a store written by a newer centralctl is refused with advice instead of being damaged", () => {
  const path = join(dir, "newer.db");
  const raw = new Database(path);
  raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
  raw.close();
  assert.throws(
    () => openStore(path),
    (error: unknown) =>
      error instanceof StoreError &&
      error.message.includes(path) &&
      /Upgrade centralctl|--state/.test(error.message),
  );
});

test("a file that is not a database is reported with its path and the --state advice", () => {
  const path = join(dir, "not-a-db.db");
  writeFileSync(path, "this is a text file, not a SQLite database\n".repeat(50));
  assert.throws(
    () => openStore(path),
    (error: unknown) => error instanceof StoreError && error.message.includes(path),
  );
});

test("an in-memory store works for throwaway use", async () => {
  const store = openStore(":memory:");
  await store.huntHits.remember("h", ["k"]);
  assert.deepEqual(await store.huntHits.filterNew("h", ["k", "n"]), ["n"]);
  store.close();
});
