import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { StoreError } from "../store-error.js";
import { migrate } from "./migrations.js";

/** How long a writer waits for another process's lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Open (creating if needed) a SQLite state file: owner-only permissions because it holds the
 * journal and escrowed (encrypted) passwords, WAL so readers never block the writer, a busy
 * timeout so parallel runs wait instead of failing, and the schema migrated to the latest version.
 */
export function openSqliteDatabase(location: string): Database.Database {
  const memory = location === ":memory:";
  const isNew = !memory && !existsSync(location);
  if (isNew) mkdirSync(dirname(location), { recursive: true, mode: 0o700 });
  let db: Database.Database;
  try {
    db = new Database(location, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new StoreError(
      `Cannot open the state store ${location}: ${(error as Error).message}. ` +
        "Check the path and its permissions, or pass --state to use another file.",
      { cause: error },
    );
  }
  try {
    if (isNew) chmodSync(location, 0o600);
    // Spooled batches are ~0.5 MB each: with 64 KiB pages SQLite writes and frees 8 overflow pages
    // per batch instead of 128 (measured: the spool's share of the HEC sender's CPU roughly
    // halved). Only a new file takes the page size; existing stores keep theirs.
    if (isNew) db.pragma("page_size = 65536");
    if (!memory) db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrate(db, location);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      `The state store ${location} could not be prepared: ${(error as Error).message}. ` +
        "If it is not a centralctl state file, pass --state to use another path.",
      { cause: error },
    );
  }
}
