/** Where a {@link RecordEncoder} appends one record's text. */
export interface RecordWriter {
  /** Append text, encoded as UTF-8. */
  write(text: string): void;
  /** The bytes appended since `start` (a view: valid until the next write). */
  bytesSince(start: number): Buffer;
  /** Bytes written so far; pass it to {@link bytesSince} to address what follows. */
  readonly length: number;
}

/**
 * Turns one record into text appended to `out` (a HEC envelope, plain JSON...). It writes its text
 * straight into the batch, so each record is UTF-8 encoded exactly once. Throws for a record it
 * cannot encode; the partial text is then discarded by the caller.
 */
export type RecordEncoder = (record: Record<string, unknown>, out: RecordWriter) => void;

const INITIAL_CAPACITY = 64 * 1024;
// UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair is 2 units for 4 bytes).
const MAX_BYTES_PER_UNIT = 3;

/**
 * A growable byte buffer that text is encoded into once and reused batch after batch, so batching
 * costs no per-record strings, joins or byte counting, and the garbage collector sees one off-heap
 * block instead of hundreds of live strings.
 */
export class Utf8Writer implements RecordWriter {
  private buffer: Buffer;
  private used = 0;

  constructor(initialCapacity: number = INITIAL_CAPACITY) {
    this.buffer = Buffer.allocUnsafe(Math.max(16, initialCapacity));
  }

  get length(): number {
    return this.used;
  }

  write(text: string): void {
    const worst = this.used + text.length * MAX_BYTES_PER_UNIT;
    if (worst > this.buffer.length) this.grow(worst);
    this.used += this.buffer.write(text, this.used);
  }

  bytesSince(start: number): Buffer {
    return this.buffer.subarray(start, this.used);
  }

  /** Forget everything from `length` on (a record that failed to encode, a cut batch). */
  truncate(length: number): void {
    this.used = Math.min(this.used, Math.max(0, length));
  }

  /**
   * Move bytes `[start, end)` (possibly past a {@link truncate}) to offset `to`; they become the
   * last bytes written.
   */
  move(start: number, end: number, to: number): void {
    this.buffer.copyWithin(to, start, end);
    this.used = to + (end - start);
  }

  /**
   * A new exact-size Buffer: `prefix` (UTF-8), bytes `[0, end)`, then `suffix`. The writer is
   * unchanged.
   */
  copyOut(end: number, suffix: Buffer, prefix = ""): Buffer {
    const head = Buffer.byteLength(prefix);
    const out = Buffer.allocUnsafeSlow(head + end + suffix.length);
    out.write(prefix, 0);
    this.buffer.copy(out, head, 0, end);
    suffix.copy(out, head + end);
    return out;
  }

  private grow(needed: number): void {
    const next = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(next, 0, 0, this.used);
    this.buffer = next;
  }
}
