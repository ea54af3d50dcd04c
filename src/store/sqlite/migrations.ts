import type { Database } from "better-sqlite3";
import { StoreError } from "../store-error.js";

/**
 * Schema versions, applied in order; `PRAGMA user_version` records the last one applied. Never edit
 * a released migration: add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the first schema.
  `
  CREATE TABLE cursors (
    stream TEXT NOT NULL, tenant_id TEXT NOT NULL, cursor TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (stream, tenant_id)
  ) WITHOUT ROWID;
  CREATE TABLE delivered (
    stream TEXT NOT NULL, tenant_id TEXT NOT NULL, item_id TEXT NOT NULL, delivered_at INTEGER NOT NULL,
    PRIMARY KEY (stream, tenant_id, item_id)
  ) WITHOUT ROWID;
  CREATE INDEX delivered_age ON delivered (stream, tenant_id, delivered_at);

  CREATE TABLE spool (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, queue TEXT NOT NULL, item_id TEXT NOT NULL,
    payload TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (queue, item_id)
  );
  CREATE INDEX spool_order ON spool (queue, seq);

  CREATE TABLE plans (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, content_hash TEXT NOT NULL,
    summary TEXT NOT NULL, decision_count INTEGER NOT NULL
  );
  CREATE TABLE plan_decisions (
    plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    decision TEXT NOT NULL, PRIMARY KEY (plan_id, idx)
  ) WITHOUT ROWID;

  CREATE TABLE journal (
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, actor TEXT NOT NULL,
    tenant_id TEXT, endpoint_id TEXT, hostname TEXT, plan_id TEXT, outcome TEXT NOT NULL,
    completes INTEGER, detail TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL
  );
  CREATE INDEX journal_plan ON journal (plan_id, seq);
  CREATE INDEX journal_hostname ON journal (hostname COLLATE NOCASE);
  CREATE INDEX journal_completes ON journal (completes);
  CREATE TABLE journal_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL);
  -- Append-only: the program never updates or deletes entries; these stop accidents, and verify()
  -- catches anyone who drops them first.
  CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
    BEGIN SELECT RAISE(ABORT, 'the audit journal is append-only'); END;
  CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
    BEGIN SELECT RAISE(ABORT, 'the audit journal is append-only'); END;

  CREATE TABLE escrow (
    id INTEGER PRIMARY KEY AUTOINCREMENT, tenant_id TEXT NOT NULL, endpoint_id TEXT NOT NULL,
    hostname TEXT NOT NULL, created_at TEXT NOT NULL, snapshot TEXT NOT NULL, key_id TEXT NOT NULL,
    iv BLOB NOT NULL, tag BLOB NOT NULL, ciphertext BLOB NOT NULL
  );
  CREATE INDEX escrow_endpoint ON escrow (endpoint_id);
  CREATE INDEX escrow_hostname ON escrow (hostname COLLATE NOCASE);

  CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT, tenant_id TEXT NOT NULL, endpoint_id TEXT NOT NULL,
    hostname TEXT NOT NULL, reasons TEXT NOT NULL, external_ref TEXT,
    state TEXT NOT NULL CHECK (state IN ('open', 'approved', 'rejected', 'closed')),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX tickets_one_open ON tickets (tenant_id, endpoint_id) WHERE state = 'open';

  CREATE TABLE hunt_hits (
    hunt_name TEXT NOT NULL, hit_key TEXT NOT NULL, first_seen TEXT NOT NULL,
    PRIMARY KEY (hunt_name, hit_key)
  ) WITHOUT ROWID;
  `,
  // 2: the hygiene quarantine ("pending removal" group and its grace period).
  `
  CREATE TABLE quarantine (
    tenant_id TEXT NOT NULL, endpoint_id TEXT NOT NULL, hostname TEXT NOT NULL,
    group_id TEXT NOT NULL, group_name TEXT NOT NULL, original_group TEXT,
    state TEXT NOT NULL CHECK (state IN ('quarantined', 'released', 'deleted')),
    quarantined_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, endpoint_id)
  ) WITHOUT ROWID;
  CREATE INDEX quarantine_state ON quarantine (state, quarantined_at);
  `,
  // 3: IOC hunt runs and their hits (the dashboard's Hunts pages). Source, options and failures are
  // JSON: they are shown and re-run, never queried.
  `
  CREATE TABLE hunt_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL, api TEXT NOT NULL CHECK (api IN ('ld', 'xdr', 'both')),
    indicator_count INTEGER NOT NULL, source TEXT NOT NULL, options TEXT NOT NULL,
    tenants_asked INTEGER NOT NULL, failures TEXT NOT NULL, interrupted INTEGER NOT NULL,
    hit_count INTEGER NOT NULL
  );
  CREATE INDEX hunt_runs_finished ON hunt_runs (finished_at);
  CREATE TABLE hunt_run_hits (
    run_id INTEGER NOT NULL REFERENCES hunt_runs (id) ON DELETE CASCADE, seq INTEGER NOT NULL,
    tenant_id TEXT NOT NULL, tenant_name TEXT NOT NULL, endpoint_id TEXT NOT NULL, hostname TEXT NOT NULL,
    indicator_type TEXT NOT NULL, indicator TEXT NOT NULL, matched_column TEXT NOT NULL,
    found TEXT NOT NULL, seen_at TEXT NOT NULL, api TEXT NOT NULL, row_count INTEGER NOT NULL, source TEXT,
    PRIMARY KEY (run_id, seq)
  ) WITHOUT ROWID;
  CREATE INDEX hunt_run_hits_tenant ON hunt_run_hits (run_id, tenant_id);
  `,
];

/** Bring the schema up to the latest version, one transaction per migration. */
export function migrate(db: Database, location: string): void {
  const readVersion = (): number => db.pragma("user_version", { simple: true }) as number;
  const latest = MIGRATIONS.length;
  if (readVersion() > latest) {
    throw new StoreError(
      `The state store ${location} has schema version ${readVersion()}, newer than this centralctl ` +
        `understands (${latest}). Upgrade centralctl, or pass --state to use another file.`,
    );
  }
  // IMMEDIATE takes the write lock before re-reading the version, so two processes opening a new
  // file at once cannot both apply the same migration.
  const step = db.transaction(() => {
    const version = readVersion();
    const sql = MIGRATIONS[version];
    if (version >= latest || sql === undefined) return false;
    db.exec(sql);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one migration per transaction until none is left
  }
}
