import { TicketError } from "./ticket-error.js";
import type { FiledTicket, TicketFiler, TicketItem } from "./ticket-filer.js";

/** What one filing pass did. */
export interface FilingOutcome {
  filed: number;
  /** Items the system rejected (another 4xx); the others were still tried. */
  rejected: Array<{ item: TicketItem; error: TicketError }>;
  /** The auth or availability failure that stopped the pass; later items were not tried. */
  stopped?: { item: TicketItem; error: TicketError };
  /** Items not tried because the pass stopped. */
  notTried: number;
}

/**
 * File each item in turn and hand every success to `record` (store the reference) before the next,
 * so a crash loses at most the one in flight. A rejected item does not stop the others; refused
 * credentials or an unreachable system stop the pass, since every further item would fail the same
 * way after the same retries.
 */
export async function fileTickets(
  filer: TicketFiler,
  items: readonly TicketItem[],
  record: (item: TicketItem, filed: FiledTicket) => Promise<void>,
): Promise<FilingOutcome> {
  const outcome: FilingOutcome = { filed: 0, rejected: [], notTried: 0 };
  for (const [index, item] of items.entries()) {
    let filed: FiledTicket;
    try {
      filed = await filer.open(item);
    } catch (error) {
      if (!(error instanceof TicketError)) throw error;
      if (error.failure === "rejected") {
        outcome.rejected.push({ item, error });
        continue;
      }
      outcome.stopped = { item, error };
      outcome.notTried = items.length - index - 1;
      break;
    }
    await record(item, filed);
    outcome.filed += 1;
  }
  return outcome;
}
