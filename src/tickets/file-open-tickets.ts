import type { JournalRepository, Ticket, TicketRepository } from "../store/index.js";
import { fileTickets, type FilingOutcome } from "./file-tickets.js";
import type { TicketFiler } from "./ticket-filer.js";
import { ticketItemOf, type ReviewDecisionFacts } from "./ticket-item-of.js";

/**
 * File every open local ticket that has no external reference yet, storing each reference (and a
 * `ticket.filed` journal entry with the system's internal id and link) as soon as it is known.
 * `decisions` (by endpoint id) supplies the plan's sentence and evidence.
 */
export async function fileOpenTickets(
  store: { tickets: TicketRepository; journal: JournalRepository },
  filer: TicketFiler,
  open: readonly Ticket[],
  decisions: ReadonlyMap<string, ReviewDecisionFacts>,
): Promise<FilingOutcome> {
  const missing = open.filter((t) => t.externalRef === undefined);
  const items = missing.map((t) => ticketItemOf(t, decisions.get(t.endpointId)));
  return fileTickets(filer, items, async (item, filed) => {
    await store.tickets.setExternalRef(item.localId, filed.externalRef);
    await store.journal.append({
      kind: "ticket.filed",
      actor: "cli",
      tenantId: item.tenantId,
      endpointId: item.endpointId,
      hostname: item.hostname,
      outcome: "succeeded",
      detail: { ticketId: item.localId, system: filer.system, ...filed },
    });
  });
}
