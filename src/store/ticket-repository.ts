/** The life of a manual-intervention item: open until someone approves, rejects or closes it. */
export type TicketState = "open" | "approved" | "rejected" | "closed";

/** What `open` needs. */
export interface TicketInput {
  tenantId: string;
  endpointId: string;
  hostname: string;
  reasons: string[];
  /** Id in the external ticket system, when there is one. */
  externalRef?: string;
}

/** A stored ticket. */
export interface Ticket extends TicketInput {
  id: number;
  state: TicketState;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
}

/** Manual-intervention items (devices a rule would not decide alone). */
export interface TicketRepository {
  /**
   * Open a ticket for an endpoint. If one is already open for it, that ticket is returned
   * unchanged, so repeated runs never file duplicates.
   */
  open(input: TicketInput): Promise<Ticket>;
  /** Move a ticket to another state; an unknown id is a StoreError. */
  setState(id: number, state: Exclude<TicketState, "open">): Promise<Ticket>;
  /** Record the external system's id once the ticket was filed there. */
  setExternalRef(id: number, externalRef: string): Promise<Ticket>;
  get(id: number): Promise<Ticket | undefined>;
  /** Tickets still open, oldest first. */
  listOpen(): Promise<Ticket[]>;
  /** Whether an endpoint has an open ticket (the hygiene planner then leaves it alone). */
  isOpen(tenantId: string, endpointId: string): Promise<boolean>;
}
