import type { Ticket } from "../store/index.js";
import { stableTicketId } from "./stable-ticket-id.js";
import type { TicketItem } from "./ticket-filer.js";

/** The planner's view of the device, when the plan that raised the ticket is still stored. */
export interface ReviewDecisionFacts {
  sentence: string;
  evidence: object;
}

/** The item to file for a stored local ticket, with the plan's sentence and evidence when known. */
export function ticketItemOf(ticket: Ticket, decision?: ReviewDecisionFacts): TicketItem {
  return {
    localId: ticket.id,
    centralctlTicketId: stableTicketId(ticket.id, ticket.endpointId),
    tenantId: ticket.tenantId,
    endpointId: ticket.endpointId,
    hostname: ticket.hostname,
    reasons: [...ticket.reasons],
    sentence:
      decision?.sentence ?? `${ticket.hostname} needs a decision by a person (${ticket.reasons.join(", ")}).`,
    evidence: (decision?.evidence ?? {}) as Record<string, unknown>,
  };
}
