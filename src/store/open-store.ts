import { loadEscrowKey } from "./escrow-key.js";
import { defaultStatePath } from "./default-state-path.js";
import { openSqliteDatabase } from "./sqlite/open-sqlite-database.js";
import { createSqliteCursors } from "./sqlite/sqlite-cursors.js";
import { createSqliteEscrow } from "./sqlite/sqlite-escrow.js";
import { createSqliteHuntHits } from "./sqlite/sqlite-hunt-hits.js";
import { createSqliteHuntRuns } from "./sqlite/sqlite-hunt-runs.js";
import { createSqliteJournal } from "./sqlite/sqlite-journal.js";
import { createSqlitePlans } from "./sqlite/sqlite-plans.js";
import { createSqliteQuarantine } from "./sqlite/sqlite-quarantine.js";
import { createSqliteSpool } from "./sqlite/sqlite-spool.js";
import { createSqliteTickets } from "./sqlite/sqlite-tickets.js";
import type { Store } from "./store.js";

/** Options for {@link openStore}; all optional. */
export interface OpenStoreOptions {
  /**
   * The escrow key, or how to get it. Defaults to {@link loadEscrowKey} over `process.env`, read on
   * the first escrow call that needs it, so commands that never escrow never need the key.
   */
  escrowKey?: Buffer | (() => Buffer);
  /** The clock (epoch ms); tests pin it. */
  now?: () => number;
}

/**
 * Open the state store at `path` (default {@link defaultStatePath}; `:memory:` for a throwaway
 * store), creating the file and migrating its schema on first use.
 *
 * @example
 * const store = openStore(options.state);
 * try { await store.journal.append({ kind: "plan.apply", actor: "cli", outcome: "started" }); }
 * finally { store.close(); }
 */
export function openStore(path?: string, options: OpenStoreOptions = {}): Store {
  const location = path ?? defaultStatePath();
  const db = openSqliteDatabase(location);
  const now = options.now ?? Date.now;
  const source = options.escrowKey;
  let cachedKey: Buffer | undefined;
  const escrowKey = (): Buffer =>
    (cachedKey ??= Buffer.isBuffer(source)
      ? source
      : source
        ? source()
        : loadEscrowKey({ env: process.env }));
  return {
    location,
    cursors: createSqliteCursors(db, now),
    spool: createSqliteSpool(db, now),
    plans: createSqlitePlans(db),
    journal: createSqliteJournal(db, now),
    escrow: createSqliteEscrow(db, now, escrowKey),
    tickets: createSqliteTickets(db, now),
    huntHits: createSqliteHuntHits(db, now),
    huntRuns: createSqliteHuntRuns(db, now),
    quarantine: createSqliteQuarantine(db, now),
    close: () => {
      if (db.open) db.close();
    },
  };
}
