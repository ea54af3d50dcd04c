import type { Database } from "better-sqlite3";
import { SPOOL_HEAD_BYTES } from "../spool-repository.js";
import type { SpoolItem, SpoolPayload, SpoolQueueSummary, SpoolRepository } from "../spool-repository.js";

interface SpoolRow {
  id: string;
  /** A TEXT value for text, a BLOB (Buffer) for bytes: the column's TEXT affinity never converts blobs. */
  payload: SpoolPayload;
  createdAt: string;
}

/** {@link SpoolRepository} over the SQLite table `spool`; the autoincrement `seq` keeps insertion order. */
export function createSqliteSpool(db: Database, now: () => number): SpoolRepository {
  const insert = db.prepare<[string, string, SpoolPayload, string]>(
    "INSERT OR IGNORE INTO spool (queue, item_id, payload, created_at) VALUES (?, ?, ?, ?)",
  );
  const listAll = db.prepare<[string], SpoolRow>(
    "SELECT item_id AS id, payload, created_at AS createdAt FROM spool WHERE queue = ? ORDER BY seq",
  );
  const listSome = db.prepare<[string, number], SpoolRow>(
    "SELECT item_id AS id, payload, created_at AS createdAt FROM spool WHERE queue = ? ORDER BY seq LIMIT ?",
  );
  const removeOne = db.prepare<[string, string]>("DELETE FROM spool WHERE queue = ? AND item_id = ?");
  const countQueue = db.prepare<[string], number>("SELECT count(*) FROM spool WHERE queue = ?");
  countQueue.pluck();
  // substr counts characters in TEXT and bytes in a BLOB; a header line is ASCII, so both suffice.
  const heads = db.prepare<[number], { queue: string; head: SpoolPayload; bytes: number; createdAt: string }>(
    `SELECT queue, substr(payload, 1, ?) AS head, length(CAST(payload AS BLOB)) AS bytes, created_at AS createdAt
       FROM spool ORDER BY queue, seq`,
  );

  const putAll = db.transaction((queue: string, items: Iterable<{ id: string; payload: SpoolPayload }>) => {
    const at = new Date(now()).toISOString();
    for (const item of items) insert.run(queue, item.id, item.payload, at);
  });
  const removeAll = db.transaction((queue: string, ids: readonly string[]) => {
    let removed = 0;
    for (const id of ids) removed += removeOne.run(queue, id).changes;
    return removed;
  });

  return {
    put: async (queue, id, payload) => {
      putAll(queue, [{ id, payload }]);
    },
    putMany: async (queue, items) => {
      putAll(queue, items);
    },
    list: async (queue, limit): Promise<SpoolItem[]> =>
      limit === undefined ? listAll.all(queue) : listSome.all(queue, limit),
    remove: async (queue, ids) => removeAll(queue, ids),
    count: async (queue) => countQueue.get(queue) ?? 0,
    queues: async () => {
      const out: SpoolQueueSummary[] = [];
      for (const row of heads.iterate(SPOOL_HEAD_BYTES)) {
        const last = out.at(-1);
        if (last?.queue === row.queue) {
          last.items += 1;
          last.bytes += row.bytes;
          last.heads.push(row.head);
        } else {
          out.push({
            queue: row.queue,
            items: 1,
            bytes: row.bytes,
            oldestAt: row.createdAt,
            heads: [row.head],
          });
        }
      }
      return out;
    },
  };
}
