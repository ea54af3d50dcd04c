/** The ticket systems centralctl can file review items in. */
export const TICKET_SYSTEMS = ["generic", "servicenow", "jira"] as const;
export type TicketSystem = (typeof TICKET_SYSTEMS)[number];

/** One manual-intervention item to file: a local ticket and the facts a person needs to decide it. */
export interface TicketItem {
  /** The local ticket number (`#12`). */
  localId: number;
  /** Our stable id for this item (see {@link stableTicketId}); the same on every run. */
  centralctlTicketId: string;
  tenantId: string;
  endpointId: string;
  hostname: string;
  reasons: string[];
  /** The planner's one-sentence explanation. */
  sentence: string;
  /** The planner's evidence (Central, directory, match); `{}` when the plan is no longer stored. */
  evidence: Record<string, unknown>;
}

/** What the ticket system answered when a ticket was opened. */
export interface FiledTicket {
  /** The id people use: `INC0010001`, `SEC-42`, or the generic receiver's `id`/`key`. */
  externalRef: string;
  /** A link to the ticket, when the system gives or implies one. */
  url?: string;
  /** The system's internal id when it differs from the reference (ServiceNow `sys_id`). */
  systemId?: string;
}

/** Which external ticket to close. */
export interface TicketReference {
  externalRef: string;
  centralctlTicketId: string;
  /** Known internal id (ServiceNow `sys_id`); looked up when absent. */
  systemId?: string;
}

/**
 * Opens (and, where the system allows, closes) one external ticket per review item. Every kind sends
 * with retries on 429/5xx/network errors and throws a {@link TicketError} naming the system's URL.
 */
export interface TicketFiler {
  readonly system: TicketSystem;
  /** The ticket system's URL as safe to show (no credentials, no query string). */
  readonly destination: string;
  open(item: TicketItem): Promise<FiledTicket>;
  /** Close or resolve the external ticket; absent when the kind has no close (generic). */
  close?(ref: TicketReference, resolution: string): Promise<void>;
}
