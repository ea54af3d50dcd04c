import { SPOOL_HEAD_BYTES } from "../../store/spool-repository.js";
import type { SpoolQueueSummary } from "../../store/spool-repository.js";
import type { SpoolItem, SpoolPayload, SpoolRepository } from "./spool.js";

/**
 * A {@link SpoolRepository} held in memory with the store's semantics (FIFO per queue; putting an id
 * already queued keeps the first copy and its place). For tests, and for runs where losing the spool
 * on exit is acceptable. Sharing one instance between two sinks simulates a restart after a crash.
 */
export function createMemorySpool(now: () => number = Date.now): SpoolRepository {
  // Map keeps insertion order, which is the FIFO order list() must return.
  const queues = new Map<string, Map<string, SpoolItem>>();
  const queueOf = (name: string): Map<string, SpoolItem> => {
    let queue = queues.get(name);
    if (!queue) {
      queue = new Map();
      queues.set(name, queue);
    }
    return queue;
  };
  const put = (queue: string, id: string, payload: SpoolPayload, createdAt: string): void => {
    const items = queueOf(queue);
    // Bytes are copied, as a real store would: the caller may reuse its buffer.
    const kept = typeof payload === "string" ? payload : Buffer.from(payload);
    if (!items.has(id)) items.set(id, { id, payload: kept, createdAt });
  };
  return {
    put: async (queue, id, payload) => put(queue, id, payload, new Date(now()).toISOString()),
    putMany: async (queue, items) => {
      const at = new Date(now()).toISOString();
      for (const item of items) put(queue, item.id, item.payload, at);
    },
    list: async (queue, limit) => {
      const out: SpoolItem[] = [];
      for (const item of queueOf(queue).values()) {
        if (limit !== undefined && out.length >= limit) break;
        out.push({ ...item });
      }
      return out;
    },
    remove: async (queue, ids) => {
      const items = queueOf(queue);
      let removed = 0;
      for (const id of ids) if (items.delete(id)) removed += 1;
      return removed;
    },
    count: async (queue) => queueOf(queue).size,
    queues: async () => {
      const out: SpoolQueueSummary[] = [];
      for (const [queue, items] of [...queues].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const all = [...items.values()];
        const first = all[0];
        if (first === undefined) continue;
        out.push({
          queue,
          items: all.length,
          bytes: all.reduce((sum, item) => sum + sizeOf(item.payload), 0),
          oldestAt: first.createdAt,
          heads: all.map((item) => item.payload.slice(0, SPOOL_HEAD_BYTES)),
        });
      }
      return out;
    },
  };
}

function sizeOf(payload: SpoolPayload): number {
  return typeof payload === "string" ? Buffer.byteLength(payload) : payload.byteLength;
}
