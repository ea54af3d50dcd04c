import type { FiledTicket, TicketItem } from "./ticket-filer.js";
import { ticketDescription, ticketSummary } from "./ticket-text.js";

// ServiceNow Table API shapes. Create (POST /api/now/table/incident, 201 {"result":{sys_id, number}})
// is in shared/reference/integrations.md §5; the correlation_id lookup, the PATCH close with
// state/close_code/close_notes and the close-code values are from our knowledge of the Table API and
// the default incident form ("not in shared/reference"), so both close fields are configurable.

/** Incident fields centralctl sets; all values are strings as the Table API expects. */
export interface ServiceNowIncident {
  short_description: string;
  description: string;
  urgency: string;
  category: string;
  /** Our stable id: the lookup before each create finds it, so a re-run never opens a twin. */
  correlation_id: string;
  correlation_display: string;
}

/** Per-instance choices (defaults suit an out-of-the-box instance). */
export interface ServiceNowFields {
  /** 1 high, 2 medium, 3 low (default "3"). */
  urgency?: string | undefined;
  /** A choice of the incident `category` field (default "inquiry"). */
  category?: string | undefined;
}

/** Build the incident for a review item. */
export function serviceNowIncident(item: TicketItem, fields: ServiceNowFields = {}): ServiceNowIncident {
  return {
    short_description: ticketSummary(item),
    description: ticketDescription(item),
    urgency: fields.urgency ?? "3",
    category: fields.category ?? "inquiry",
    correlation_id: item.centralctlTicketId,
    correlation_display: "centralctl",
  };
}

/** The PATCH body that closes an incident: state 7 (Closed) with a close code and notes. */
export function serviceNowClose(
  resolution: string,
  options: { closeState?: string | undefined; closeCode?: string | undefined } = {},
): Record<string, string> {
  return {
    state: options.closeState ?? "7",
    close_code: options.closeCode ?? "Solution provided",
    close_notes: resolution,
  };
}

/** The `sysparm_query` that finds our incident by its correlation id (`^` would start a new term). */
export function serviceNowLookupQuery(centralctlTicketId: string): string {
  return `correlation_id=${centralctlTicketId.replace(/\^/g, "")}`;
}

/** Read `{"result":{...}}` (create) or `{"result":[{...}]}` (query) into a filed ticket, if any. */
export function parseServiceNowRecord(json: unknown, baseUrl: string): FiledTicket | undefined {
  const result = (json as { result?: unknown } | undefined)?.result;
  const record = Array.isArray(result) ? (result[0] as unknown) : result;
  if (typeof record !== "object" || record === null) return undefined;
  const { number, sys_id: sysId } = record as { number?: unknown; sys_id?: unknown };
  if (typeof number !== "string" || typeof sysId !== "string") return undefined;
  return {
    externalRef: number,
    systemId: sysId,
    url: `${baseUrl}/nav_to.do?uri=incident.do?sys_id=${encodeURIComponent(sysId)}`,
  };
}
