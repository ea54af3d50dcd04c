/**
 * The contract every output sink implements (stdout, files, Splunk HEC, webhooks): records go in one at
 * a time, and `close()` says what became of them.
 */

/** What a sink did with the records it was given, counted in records (events), not requests. */
export interface SinkReport {
  /** Records the destination confirmed in this run (including ones recovered from an earlier run). */
  delivered: number;
  /** Records sent more than once: recovered from the spool at start, or re-sent after an ack timeout. */
  resent: number;
  /** Records the destination rejected as malformed; they are moved aside (dead-letter), never dropped. */
  failed: number;
  /** Records still waiting in the durable spool when the sink closed; the next run sends them first. */
  spooled: number;
}

/** A destination for records. `write()` may wait (backpressure); `close()` flushes and reports. */
export interface RecordSink {
  /** Accept one record; resolves once the sink can take the next one. */
  write(record: Record<string, unknown>): Promise<void>;
  /**
   * Optional: resolve once every record written so far is confirmed by the destination (or safely
   * spooled when it cannot be). Callers advance durable cursors only after this.
   */
  flush?(): Promise<void>;
  /**
   * Optional: resolve once every record written so far is in the durable spool (or delivered),
   * without waiting for the destination. A cursor may be committed after this: a crash then loses
   * nothing, it can at worst re-send (with the same stable id, so duplicates can be dropped).
   */
  persist?(): Promise<void>;
  /** Flush what is buffered, wait for confirmation, release connections and report. */
  close(): Promise<SinkReport>;
}

/**
 * A sink that could not finish its job. It carries the report of what was delivered before it failed
 * so the caller can tell the user exactly what is safe in the spool. Messages never contain secrets.
 */
export class SinkError extends Error {
  /** Filled in by `close()` when the sink stops on this error. */
  report: SinkReport | undefined;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SinkError";
  }
}
