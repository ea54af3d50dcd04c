/**
 * Our id for a review item in an external system: the local ticket number plus the endpoint, so a
 * re-run (or a run after a crash between "created" and "stored") finds the same ticket, and a new
 * local ticket for the same device after the old one was closed gets a new external ticket.
 *
 * @example stableTicketId(12, "0a1b...") // "centralctl-12-0a1b..."
 */
export function stableTicketId(localId: number, endpointId: string): string {
  return `centralctl-${localId}-${endpointId}`;
}
