import type { SinkError } from "../record-sink.js";

/** One batch on its way: the spool id doubles as the batch identity across runs. */
export interface OutboundBatch {
  readonly id: string;
  /** The exact request body, encoded once; every send and re-send posts these bytes. */
  readonly body: Buffer;
  readonly count: number;
  /** How often this batch was sent again because its acknowledgement never came. */
  resends: number;
}

/**
 * What one send attempt achieved, decided by a transport from the destination's answer:
 * `delivered` (confirmed), `pending` (accepted, indexer acknowledgement still to come), `retry`
 * (transient: busy, 5xx, network), `reject` (this batch can never succeed: dead-letter it) or `fatal`
 * (configuration problem: stop, keep everything spooled).
 */
export type SendOutcome =
  | { kind: "delivered" }
  | { kind: "pending"; ackId: number }
  | { kind: "retry"; reason: string; retryAfterMs?: number }
  | { kind: "reject"; error: SinkError }
  | { kind: "fatal"; error: SinkError };

/** The destination-specific half of a spooled sink: one attempt, and the words for giving up. */
export interface BatchTransport {
  /** Send once. Must not throw for network failures; it returns `retry` instead. */
  send(batch: OutboundBatch, signal: AbortSignal): Promise<SendOutcome>;
  /** The error reported after `attempts` tries that all ended in `retry`. */
  exhausted(lastReason: string, attempts: number): SinkError;
}
