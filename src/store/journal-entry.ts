/** How a journaled action ended; `started` entries are completed by a later entry. */
export type JournalOutcome = "started" | "succeeded" | "failed" | "skipped" | "aborted" | "noted";

/** What a caller appends to the journal. */
export interface JournalEntryInput {
  /** What happened, e.g. `endpoint.delete`, `tamper.escrow`, `plan.apply`. */
  kind: string;
  /** Who did it: a user, `cli`, `dashboard:alice`. */
  actor: string;
  tenantId?: string;
  endpointId?: string;
  hostname?: string;
  planId?: string;
  outcome: JournalOutcome;
  /** The `seq` of the `started` entry this one completes (see `JournalRepository.complete`). */
  completes?: number;
  /** Extra facts (HTTP status, error text, reasons); never a secret. */
  detail?: Record<string, unknown>;
}

/** A stored journal entry with its place in the hash chain. */
export interface JournalEntry extends JournalEntryInput {
  seq: number;
  /** ISO 8601 time of writing. */
  at: string;
  prevHash: string;
  hash: string;
}

/** Filters for `JournalRepository.list`; all given filters must match. */
export interface JournalFilter {
  kind?: string;
  tenantId?: string;
  hostname?: string;
  planId?: string;
  outcome?: JournalOutcome;
  /** Entries at or after this time. */
  since?: Date | string;
  /** Entries before this time. */
  until?: Date | string;
  limit?: number;
}

/** Result of checking the whole chain. */
export type JournalVerification =
  { ok: true; entries: number } | { ok: false; brokenAt: number; reason: string };
