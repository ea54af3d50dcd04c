import type { FiledTicket, TicketItem } from "./ticket-filer.js";

/** The JSON a generic ticket webhook receives for one review item (the project's own contract). */
export interface GenericTicketPayload {
  tenantId: string;
  endpointId: string;
  hostname: string;
  reasons: string[];
  sentence: string;
  evidence: Record<string, unknown>;
  centralctlTicketId: string;
}

/** Build the generic webhook body for a review item. */
export function genericTicketPayload(item: TicketItem): GenericTicketPayload {
  return {
    tenantId: item.tenantId,
    endpointId: item.endpointId,
    hostname: item.hostname,
    reasons: [...item.reasons],
    sentence: item.sentence,
    evidence: item.evidence,
    centralctlTicketId: item.centralctlTicketId,
  };
}

/**
 * Read the receiver's answer: its `id` or `key` (string or number) is the external reference, and a
 * string `url` the link; a receiver that answers neither gets our own stable id as the reference.
 */
export function parseGenericAnswer(json: unknown, item: TicketItem): FiledTicket {
  const body = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  const ref = [body.id, body.key].find(
    (value) => (typeof value === "string" && value !== "") || typeof value === "number",
  );
  const filed: FiledTicket = { externalRef: ref === undefined ? item.centralctlTicketId : String(ref) };
  if (typeof body.url === "string" && body.url !== "") filed.url = body.url;
  return filed;
}
