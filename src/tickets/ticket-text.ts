import type { TicketItem } from "./ticket-filer.js";

/** Longest summary we send: ServiceNow's `short_description` holds 160 characters (Jira 255). */
const SUMMARY_MAX = 160;

/** The one-line title of a review item, e.g. `centralctl hygiene review: pc-17 (not_in_directory)`. */
export function ticketSummary(item: TicketItem): string {
  const text = `centralctl hygiene review: ${item.hostname} (${item.reasons.join(", ")})`;
  return text.length <= SUMMARY_MAX ? text : `${text.slice(0, SUMMARY_MAX - 1)}…`;
}

/** The plain-text body of a review item: what, where, why, the evidence, and how to finish it. */
export function ticketDescription(item: TicketItem): string {
  const lines = [
    item.sentence,
    "",
    `Host name: ${item.hostname}`,
    `Tenant id: ${item.tenantId}`,
    `Endpoint id: ${item.endpointId}`,
    `Reasons: ${item.reasons.join(", ")}`,
    `centralctl ticket: #${item.localId} (${item.centralctlTicketId})`,
  ];
  if (Object.keys(item.evidence).length > 0) {
    lines.push("", "Evidence:", JSON.stringify(item.evidence, null, 2));
  }
  lines.push(
    "",
    "centralctl leaves this device alone until the ticket is decided. When it is, run",
    `centralctl hygiene approve|reject|close #${item.localId}`,
  );
  return lines.join("\n");
}
