/**
 * What a spool item holds: text, or bytes (kept as they are: a sink's request body need not be
 * decoded to text and encoded again on its way into the store).
 */
export type SpoolPayload = string | Uint8Array;

/** One item waiting in a spool queue; `payload` comes back as it was put (bytes as a Buffer). */
export interface SpoolItem {
  id: string;
  payload: SpoolPayload;
  /** ISO 8601 time it was queued. */
  createdAt: string;
}

/**
 * One queue at a glance, for status views. Each item contributes only its first bytes (`heads`), so a
 * sink can read its header line without the store loading payloads that may hold customer data.
 */
export interface SpoolQueueSummary {
  queue: string;
  items: number;
  /** Total payload size in bytes. */
  bytes: number;
  /** ISO 8601 time the oldest item was queued. */
  oldestAt: string;
  /** The first {@link SPOOL_HEAD_BYTES} of every item, oldest first (text stays text). */
  heads: SpoolPayload[];
}

/** How much of each payload {@link SpoolRepository.queues} returns: enough for a header line. */
export const SPOOL_HEAD_BYTES = 64;

/**
 * A durable outbox for sinks (e.g. Splunk HEC): items survive a crash until the sink confirms them
 * and calls `remove`. Items come back in the order they were put.
 */
export interface SpoolRepository {
  /** Queue an item; putting an id that is already queued keeps the first copy and its place. */
  put(queue: string, id: string, payload: SpoolPayload): Promise<void>;
  /** Queue many items in one transaction (same rules as `put`). */
  putMany(queue: string, items: Iterable<{ id: string; payload: SpoolPayload }>): Promise<void>;
  /** The oldest items first, at most `limit` (all when omitted). */
  list(queue: string, limit?: number): Promise<SpoolItem[]>;
  /** Remove delivered items; returns how many were removed. */
  remove(queue: string, ids: readonly string[]): Promise<number>;
  /** How many items are waiting. */
  count(queue: string): Promise<number>;
  /** Every queue that holds items, by name. */
  queues(): Promise<SpoolQueueSummary[]>;
}
