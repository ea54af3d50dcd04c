import type { JournalRepository, Ticket } from "../store/index.js";
import { stableTicketId } from "./stable-ticket-id.js";
import { SYSTEM_NAMES } from "./ticket-answer-text.js";
import { TicketError } from "./ticket-error.js";
import type { TicketFiler } from "./ticket-filer.js";

/** What became of the external ticket: `closed`, `skipped` (nothing to do or no way to) or `failed`. */
export interface ExternalCloseResult {
  outcome: "closed" | "skipped" | "failed";
  message: string;
}

/**
 * Best effort: close the external ticket of a local ticket that was just approved, rejected or
 * closed. The `ticket.filed` journal entry gives the system it went to and its internal id
 * (ServiceNow sys_id); the outcome is journaled. Never throws for a ticket-system failure.
 */
export async function closeExternalTicket(
  filer: TicketFiler | undefined,
  ticket: Ticket,
  journal: JournalRepository,
  /** Who closes it, as the journal names them (`cli`, `dashboard:alice`). */
  actor = "cli",
): Promise<ExternalCloseResult> {
  const ref = ticket.externalRef;
  if (ref === undefined) return { outcome: "skipped", message: "" };
  const filed = (
    await journal.list({ kind: "ticket.filed", tenantId: ticket.tenantId, hostname: ticket.hostname })
  )
    .map((entry) => entry.detail ?? {})
    .find((detail) => detail.ticketId === ticket.id);
  const system = typeof filed?.system === "string" ? filed.system : undefined;
  if (filer === undefined) {
    return {
      outcome: "skipped",
      message: `${ref} stays open in the ticket system: none is configured here (--ticket-system or hygiene.tickets); close it there.`,
    };
  }
  const name = SYSTEM_NAMES[filer.system];
  if (system !== undefined && system !== filer.system) {
    return {
      outcome: "skipped",
      message: `${ref} was filed in ${system}, not ${filer.system}; close it there.`,
    };
  }
  if (filer.close === undefined) {
    return {
      outcome: "skipped",
      message: `${ref}: the ${name} has no close call; close it on the receiving side.`,
    };
  }
  const systemId = typeof filed?.systemId === "string" ? filed.systemId : undefined;
  const base = {
    kind: "ticket.external_close",
    actor,
    tenantId: ticket.tenantId,
    endpointId: ticket.endpointId,
    hostname: ticket.hostname,
  };
  try {
    await filer.close(
      {
        externalRef: ref,
        centralctlTicketId: stableTicketId(ticket.id, ticket.endpointId),
        ...(systemId === undefined ? {} : { systemId }),
      },
      `centralctl: review ticket #${ticket.id} for ${ticket.hostname} was ${ticket.state}.`,
    );
  } catch (error) {
    if (!(error instanceof TicketError)) throw error;
    await journal.append({
      ...base,
      outcome: "failed",
      detail: { ticketId: ticket.id, externalRef: ref, error: error.message },
    });
    return { outcome: "failed", message: `${error.message} ${ref} is still open there; close it by hand.` };
  }
  await journal.append({ ...base, outcome: "succeeded", detail: { ticketId: ticket.id, externalRef: ref } });
  return { outcome: "closed", message: `${ref} closed in ${name} ${filer.destination}` };
}
