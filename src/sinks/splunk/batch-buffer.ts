/** A full batch of already-serialised records, ready to be framed into one request body. */
export interface PendingBatch {
  lines: string[];
  bytes: number;
}

/**
 * Collects serialised records until a batch is full by count or by bytes. A record larger than the
 * byte limit travels alone rather than being refused: the collector, not the buffer, decides.
 */
export class BatchBuffer {
  private lines: string[] = [];
  private bytes = 0;

  constructor(
    private readonly maxRecords: number,
    private readonly maxBytes: number,
  ) {}

  /** Add one record; returns the batches that became full (zero, one or two). */
  add(line: string): PendingBatch[] {
    const size = Buffer.byteLength(line) + 1;
    const full: PendingBatch[] = [];
    if (this.lines.length > 0 && this.bytes + size > this.maxBytes) full.push(this.take());
    this.lines.push(line);
    this.bytes += size;
    if (this.lines.length >= this.maxRecords || this.bytes >= this.maxBytes) full.push(this.take());
    return full;
  }

  /** Records waiting for the batch to fill. */
  get size(): number {
    return this.lines.length;
  }

  /** Take whatever is buffered as a (possibly partial) batch; undefined when empty. */
  drain(): PendingBatch | undefined {
    return this.lines.length > 0 ? this.take() : undefined;
  }

  private take(): PendingBatch {
    const batch = { lines: this.lines, bytes: this.bytes };
    this.lines = [];
    this.bytes = 0;
    return batch;
  }
}
