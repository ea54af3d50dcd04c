import type {
  JournalEntry,
  JournalEntryInput,
  JournalFilter,
  JournalOutcome,
  JournalVerification,
} from "./journal-entry.js";

/**
 * The append-only, hash-chained audit journal. Destructive actions append a `started` entry before
 * the API call and a completion after it; entries are flushed to disk before `append` returns, so
 * after a crash `pendingFor` shows exactly which actions may or may not have happened.
 */
export interface JournalRepository {
  /** Append one entry, chaining it to the previous one, and return it as stored. */
  append(entry: JournalEntryInput): Promise<JournalEntry>;
  /** Append the completion of a `started` entry, copying its kind, actor, tenant, endpoint and plan. */
  complete(
    started: JournalEntry,
    outcome: Exclude<JournalOutcome, "started">,
    detail?: Record<string, unknown>,
  ): Promise<JournalEntry>;
  /** Entries matching every given filter, oldest first. */
  list(filter?: JournalFilter): Promise<JournalEntry[]>;
  /** Check the whole chain; reports the first edited, deleted or reordered entry. */
  verify(): Promise<JournalVerification>;
  /**
   * `started` entries of a plan with no completion: an entry whose `completes` is their seq, or (for
   * entries appended without `completes`) a later non-started entry of the same kind, plan, tenant
   * and endpoint.
   */
  pendingFor(planId: string): Promise<JournalEntry[]>;
}
