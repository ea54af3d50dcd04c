import type { Store, Ticket, TicketState } from "../store/index.js";
import { redactSecrets } from "../util/redact.js";
import type { ExternalCloseResult } from "./close-external-ticket.js";

/** Closes a ticket's twin in the external ticket system, best effort (see closeExternalTicket). */
export type ExternalTicketCloser = (ticket: Ticket) => Promise<ExternalCloseResult>;

/** The end of a review ticket, as `centralctl hygiene approve|reject|close` reports it. */
export type TicketChange =
  | { kind: "unknown"; ticketId: number }
  | {
      kind: "changed";
      ticket: Ticket;
      /** What became of the external twin; undefined when the ticket has none. */
      external?: ExternalCloseResult;
    };

/**
 * Approve, reject or close a review ticket (`centralctl hygiene approve|reject|close` and the
 * dashboard's buttons): set the state, journal `ticket.state` with the actor, then close the external
 * ticket best effort. A failure there never undoes the local change: the next plan decides the
 * device again either way.
 */
export async function changeTicketState(
  store: Store,
  change: {
    ticketId: number;
    state: Exclude<TicketState, "open">;
    actor: string;
    closeExternal?: ExternalTicketCloser | undefined;
  },
): Promise<TicketChange> {
  const { ticketId, state, actor } = change;
  if ((await store.tickets.get(ticketId)) === undefined) return { kind: "unknown", ticketId };
  const ticket = await store.tickets.setState(ticketId, state);
  await store.journal.append({
    kind: "ticket.state",
    actor,
    tenantId: ticket.tenantId,
    endpointId: ticket.endpointId,
    hostname: ticket.hostname,
    outcome: "noted",
    detail: { ticketId: ticket.id, state },
  });
  if (ticket.externalRef === undefined) return { kind: "changed", ticket };
  if (change.closeExternal === undefined) {
    const message = `${ticket.externalRef} stays open in the ticket system: no ticket system is configured here; close it there.`;
    return { kind: "changed", ticket, external: { outcome: "skipped", message } };
  }
  try {
    return { kind: "changed", ticket, external: await change.closeExternal(ticket) };
  } catch (error) {
    // The closer is meant to report failures, not throw them; if it does, the local change still stands.
    const reason = redactSecrets(error instanceof Error ? error.message : String(error));
    const message = `${ticket.externalRef} could not be closed in the ticket system (${reason}); close it there.`;
    return { kind: "changed", ticket, external: { outcome: "failed", message } };
  }
}
