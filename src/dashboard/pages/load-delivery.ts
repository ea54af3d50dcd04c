import { decodeSpoolPayload } from "../../sinks/splunk/spool-payload.js";
import type { SpoolPayload } from "../../store/spool-repository.js";
import type { DashboardContext } from "../dashboard-types.js";

/** One spool queue as the Delivery page shows it: sizes and counts, never payloads. */
export interface SpoolQueueView {
  queue: string;
  items: number;
  /** Records inside the items (a batch holds many); an item in another format counts as one. */
  records: number;
  /** Items not in the spool format this program writes. */
  unreadable: number;
  bytes: number;
  oldestAt: string;
  /** A dead-letter queue (`NAME:dead`): never re-sent by itself. */
  dead: boolean;
}

/** Records in one spooled item, read from its header line only. */
export function recordsIn(head: SpoolPayload): number | undefined {
  try {
    return decodeSpoolPayload(head).count;
  } catch {
    return undefined;
  }
}

/** Every non-empty spool queue, by name. */
export async function loadDelivery(context: DashboardContext): Promise<SpoolQueueView[]> {
  const queues = await context.store.spool.queues();
  return queues.map((q) => {
    let records = 0;
    let unreadable = 0;
    for (const head of q.heads) {
      const count = recordsIn(head);
      if (count === undefined) unreadable += 1;
      records += count ?? 1;
    }
    return {
      queue: q.queue,
      items: q.items,
      records,
      unreadable,
      bytes: q.bytes,
      oldestAt: q.oldestAt,
      dead: q.queue.endsWith(":dead"),
    };
  });
}
