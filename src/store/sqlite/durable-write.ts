import type { Database } from "better-sqlite3";

/**
 * Run a write with `synchronous = FULL`, so the WAL is fsynced at commit and the write survives a
 * power loss, not only a process crash. The connection otherwise runs with NORMAL, which is
 * enough for cursors and spools that can be re-derived.
 */
export function durableWrite<T>(db: Database, write: () => T): T {
  if (db.memory) return write();
  db.pragma("synchronous = FULL");
  try {
    return write();
  } finally {
    db.pragma("synchronous = NORMAL");
  }
}
