import type { Database } from "better-sqlite3";
import type { CursorRepository } from "../cursor-repository.js";

/** {@link CursorRepository} over SQLite tables `cursors` and `delivered`. */
export function createSqliteCursors(db: Database, now: () => number): CursorRepository {
  const getCursor = db.prepare<[string, string], string>(
    "SELECT cursor FROM cursors WHERE stream = ? AND tenant_id = ?",
  );
  getCursor.pluck();
  const setCursor = db.prepare<[string, string, string, string]>(
    `INSERT INTO cursors (stream, tenant_id, cursor, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (stream, tenant_id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`,
  );
  const markDelivered = db.prepare<[string, string, string, number]>(
    "INSERT OR IGNORE INTO delivered (stream, tenant_id, item_id, delivered_at) VALUES (?, ?, ?, ?)",
  );
  const delivered = db.prepare<[string, string, string], number>(
    "SELECT 1 FROM delivered WHERE stream = ? AND tenant_id = ? AND item_id = ?",
  );
  delivered.pluck();
  const pruneOld = db.prepare<[string, string, number]>(
    "DELETE FROM delivered WHERE stream = ? AND tenant_id = ? AND delivered_at < ?",
  );

  const commit = db.transaction(
    (stream: string, tenantId: string, ids: Iterable<string>, cursor: string | undefined) => {
      const at = now();
      for (const id of ids) markDelivered.run(stream, tenantId, id, at);
      if (cursor !== undefined) setCursor.run(stream, tenantId, cursor, new Date(at).toISOString());
    },
  );
  const filter = db.transaction((stream: string, tenantId: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    const fresh: string[] = [];
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (delivered.get(stream, tenantId, id) === undefined) fresh.push(id);
    }
    return fresh;
  });
  const resetOne = db.transaction((stream: string, tenantId: string) => {
    db.prepare("DELETE FROM cursors WHERE stream = ? AND tenant_id = ?").run(stream, tenantId);
    db.prepare("DELETE FROM delivered WHERE stream = ? AND tenant_id = ?").run(stream, tenantId);
  });
  const resetAll = db.transaction((stream: string) => {
    db.prepare("DELETE FROM cursors WHERE stream = ?").run(stream);
    db.prepare("DELETE FROM delivered WHERE stream = ?").run(stream);
  });

  return {
    get: async (stream, tenantId) => getCursor.get(stream, tenantId),
    commitDelivery: async (stream, tenantId, deliveredIds, newCursor) => {
      commit(stream, tenantId, deliveredIds, newCursor);
    },
    isDelivered: async (stream, tenantId, id) => delivered.get(stream, tenantId, id) !== undefined,
    filterUndelivered: async (stream, tenantId, ids) => filter(stream, tenantId, ids),
    prune: async (stream, tenantId, olderThanMs) => pruneOld.run(stream, tenantId, olderThanMs).changes,
    reset: async (stream, tenantId) => {
      if (tenantId === undefined) resetAll(stream);
      else resetOne(stream, tenantId);
    },
  };
}
