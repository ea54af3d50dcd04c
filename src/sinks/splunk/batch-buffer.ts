import { Utf8Writer, type RecordEncoder } from "./utf8-writer.js";

/** A finished batch: the exact request body bytes and how many records they hold. */
export interface EncodedBatch {
  body: Buffer;
  count: number;
  /** The heading (when the buffer has one) then the body, in one allocation; `body` is a view of it. */
  headed?: Buffer | undefined;
}

/** Text around and between the records of one request body. */
export interface BatchFraming {
  open: string;
  separator: string;
  close: string;
}

/** HEC: envelopes one per line, nothing around them. */
export const NEWLINE_FRAMING: BatchFraming = { open: "", separator: "\n", close: "" };

/**
 * Encodes records straight into the body of the batch being filled, until it is full by count or
 * by bytes (the limit holds for the whole body, framing included). A record larger than the byte
 * limit travels alone rather than being refused: the collector, not the buffer, decides.
 */
export class BatchBuffer {
  private readonly writer = new Utf8Writer();
  private readonly openBytes: number;
  private readonly closing: Buffer;
  private readonly full: EncodedBatch[] = [];
  private count = 0;

  constructor(
    private readonly maxRecords: number,
    private readonly maxBytes: number,
    private readonly encode: RecordEncoder,
    private readonly framing: BatchFraming = NEWLINE_FRAMING,
    /** Text written in front of each finished body (not counted in the limits), e.g. a spool header. */
    private readonly heading?: (count: number) => string,
  ) {
    this.writer.write(framing.open);
    this.openBytes = this.writer.length;
    this.closing = Buffer.from(framing.close);
  }

  /**
   * Encode one record into the batch; afterwards {@link takeFull} hands out the batches that
   * became full (zero, one or two). Throws what the encoder throws, and the batch is then unchanged.
   */
  add(record: Record<string, unknown>): void {
    const { writer, maxBytes } = this;
    const before = writer.length;
    if (this.count > 0) writer.write(this.framing.separator);
    const start = writer.length;
    try {
      this.encode(record, writer);
    } catch (error) {
      writer.truncate(before);
      throw error;
    }
    if (this.count > 0 && writer.length + this.closing.length > maxBytes) {
      // The record does not fit: the batch goes without it, and it starts the next one.
      const end = writer.length;
      this.full.push(this.cut(before));
      writer.move(start, end, this.openBytes);
    }
    this.count += 1;
    if (this.count >= this.maxRecords || writer.length + this.closing.length >= maxBytes) {
      this.full.push(this.cut(writer.length));
    }
  }

  /** The next batch that became full, oldest first; undefined when there is none. */
  takeFull(): EncodedBatch | undefined {
    return this.full.shift();
  }

  /** Records in the batch being filled. */
  get size(): number {
    return this.count;
  }

  /**
   * Take what is buffered: full batches not yet taken first, then the batch being filled (possibly
   * partial); undefined when nothing is left.
   */
  drain(): EncodedBatch | undefined {
    return this.full.shift() ?? (this.count > 0 ? this.cut(this.writer.length) : undefined);
  }

  private cut(end: number): EncodedBatch {
    const { count, heading } = this;
    let batch: EncodedBatch;
    if (heading) {
      const prefix = heading(count);
      const headed = this.writer.copyOut(end, this.closing, prefix);
      batch = { body: headed.subarray(Buffer.byteLength(prefix)), count, headed };
    } else batch = { body: this.writer.copyOut(end, this.closing), count };
    this.writer.truncate(this.openBytes);
    this.count = 0;
    return batch;
  }
}
