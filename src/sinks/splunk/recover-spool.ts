import type { Logger } from "../../util/logger.js";
import type { DeliveryEngine } from "./delivery-engine.js";
import { decodeSpoolPayload } from "./spool-payload.js";
import type { SpoolRepository } from "./spool.js";

/**
 * Send, first, whatever an earlier run left in a spool queue. Works a chunk at a time and waits for
 * each chunk to be confirmed (and so removed) before listing the next, so memory stays bounded
 * however large the backlog. A row this program cannot read goes to the dead-letter queue.
 */
export async function recoverSpool(
  engine: DeliveryEngine,
  spool: SpoolRepository,
  queue: string,
  chunk: number,
  logger: Logger,
): Promise<void> {
  const tried = new Set<string>();
  while (!engine.stopped) {
    const rows = (await spool.list(queue, chunk)).filter((row) => !tried.has(row.id));
    if (rows.length === 0) return;
    for (const row of rows) {
      tried.add(row.id);
      let decoded: ReturnType<typeof decodeSpoolPayload>;
      try {
        decoded = decodeSpoolPayload(row.payload);
      } catch (error) {
        logger.error("unreadable spooled batch moved to the dead-letter queue", {
          queue,
          id: row.id,
          reason: String(error),
        });
        await spool.put(`${queue}:dead`, row.id, row.payload);
        await spool.remove(queue, [row.id]);
        continue;
      }
      engine.counts.resent += decoded.count;
      const body = typeof decoded.body === "string" ? Buffer.from(decoded.body, "utf8") : decoded.body;
      await engine.send({ id: row.id, body, count: decoded.count, resends: 0 });
      if (engine.stopped) return;
    }
    await engine.drain();
  }
}
