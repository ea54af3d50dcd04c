/** Where a quarantined endpoint stands: waiting out its grace period, moved back, or deleted. */
export type QuarantineState = "quarantined" | "released" | "deleted";

/** A Central endpoint group as the quarantine remembers it. */
export interface QuarantineGroupRef {
  id: string;
  name: string;
}

/** What `quarantine` needs. */
export interface QuarantineInput {
  tenantId: string;
  endpointId: string;
  hostname: string;
  /** The group it was moved into ("Pending removal"). */
  group: QuarantineGroupRef;
  /** The group it was in before, to move it back on release; null when it was ungrouped. */
  originalGroup: QuarantineGroupRef | null;
  /** ISO 8601; default the store's clock. A resumed run passes the time the move really happened. */
  quarantinedAt?: string;
}

/** A stored quarantine record (one per tenant and endpoint: the latest quarantine). */
export interface QuarantineRecord {
  tenantId: string;
  endpointId: string;
  hostname: string;
  group: QuarantineGroupRef;
  originalGroup: QuarantineGroupRef | null;
  state: QuarantineState;
  /** ISO 8601: when the grace period started. */
  quarantinedAt: string;
  /** ISO 8601: last state change. */
  updatedAt: string;
}

/** Filters for `QuarantineRepository.list`; all given filters must match. */
export interface QuarantineFilter {
  tenantId?: string;
  state?: QuarantineState;
}

/**
 * Endpoints moved into the hygiene quarantine group, so a later run knows when their grace period
 * started and which group to move them back to. Writes are flushed to disk before they return.
 */
export interface QuarantineRepository {
  /**
   * Record an endpoint as quarantined. If it already is, the existing record is returned unchanged,
   * so repeating a move never restarts its grace period; a released or deleted record is replaced.
   */
  quarantine(input: QuarantineInput): Promise<QuarantineRecord>;
  get(tenantId: string, endpointId: string): Promise<QuarantineRecord | undefined>;
  /** Move a record to `released` or `deleted`; an unknown endpoint is a StoreError. */
  setState(
    tenantId: string,
    endpointId: string,
    state: Exclude<QuarantineState, "quarantined">,
  ): Promise<QuarantineRecord>;
  /** Records matching every given filter, oldest quarantine first. */
  list(filter?: QuarantineFilter): Promise<QuarantineRecord[]>;
}
