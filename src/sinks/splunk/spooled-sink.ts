import { SinkError, type RecordSink, type SinkReport } from "../record-sink.js";
import { BatchBuffer, type BatchFraming, type EncodedBatch } from "./batch-buffer.js";
import { DeliveryEngine, type DeliveryEngineOptions } from "./delivery-engine.js";
import { recoverSpool } from "./recover-spool.js";
import { decodeSpoolPayload, spoolHeading } from "./spool-payload.js";
import type { SpoolRepository } from "./spool.js";
import type { RecordEncoder } from "./utf8-writer.js";

/** How a spooled sink turns records into request bodies, on top of the engine's settings. */
export interface SpooledSinkOptions extends Omit<DeliveryEngineOptions, "onFail"> {
  /** Writes one record (JSON, a HEC envelope...) into the batch. Throws for a record it cannot encode. */
  encode: RecordEncoder;
  /** What goes around and between the records of one request body. */
  framing: BatchFraming;
  maxRecords: number;
  maxBytes: number;
  /** A partial batch goes out after this long without filling up, so slow producers are not held. */
  lingerMs: number;
  /** Runs once when the sink closes or aborts: stop pollers, release connections. */
  release(): Promise<void>;
}

/** A {@link RecordSink} that also exposes its engine (for ack tracking) and a crash-like abort. */
export interface SpooledSink extends RecordSink {
  readonly engine: DeliveryEngine;
  flush(): Promise<void>;
  persist(): Promise<void>;
  /** Stop at once, as if the process died: nothing more is sent, the spool is left as it is. */
  abort(): void;
}

/**
 * Batching, lingering and the write/flush/close life cycle shared by the Splunk and webhook sinks.
 * Guarantee: once `write()` resolved, the record is delivered, or sits in the buffer (spooled at the
 * latest after `lingerMs`, on failure, or on close), or is in the spool.
 */
export function createSpooledSink(options: SpooledSinkOptions): SpooledSink {
  const { maxRecords, maxBytes, encode, framing } = options;
  // Bodies are cut with the spool header in front, so spooling them decodes one flat string.
  const buffer = new BatchBuffer(maxRecords, maxBytes, encode, framing, spoolHeading);
  let state: "open" | "closed" | "aborted" = "open";
  let timer: NodeJS.Timeout | undefined;
  let recovery: Promise<void> | undefined;
  let recovered = false;

  const parkBuffer = async (): Promise<void> => {
    for (let batch = buffer.drain(); batch; batch = buffer.drain()) await engine.park(batch);
  };
  const engine = new DeliveryEngine({ ...options, onFail: parkBuffer });
  const chunk = options.maxInFlight + options.maxAwaiting;
  const started = (): Promise<void> =>
    (recovery ??= recoverSpool(engine, options.spool, options.queue, chunk, options.logger).then(() => {
      recovered = true;
    }));
  // The engine may have stopped while a write waited: the batch is then parked in the spool rather
  // than dropped, so a resolved write always means "accepted".
  const submit = (batch: EncodedBatch): Promise<void> =>
    engine.stopped ? engine.park(batch) : engine.submit(batch);
  const stopLinger = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  const submitBuffered = async (): Promise<void> => {
    stopLinger();
    for (let batch = buffer.drain(); batch; batch = buffer.drain()) await submit(batch);
  };
  const assertOpen = (): void => {
    if (state !== "open") throw new SinkError(`the sink is ${state}; create a new one to send more records`);
  };
  let released: Promise<void> | undefined;
  const release = (): Promise<void> => (released ??= options.release());

  return {
    engine,
    async write(record) {
      assertOpen();
      engine.throwIfFailed();
      // Once recovery is done, skip awaiting its settled promise: one microtask less per record.
      if (!recovered) {
        await started();
        engine.throwIfFailed();
      }
      buffer.add(record);
      for (let batch = buffer.takeFull(); batch; batch = buffer.takeFull()) await submit(batch);
      if (buffer.size > 0 && !timer) {
        // unref: a forgotten close() must not keep the process alive; the buffer is then lost like
        // any unflushed output, and the producer's cursor has not advanced past it.
        timer = setTimeout(() => void submitBuffered().catch(() => undefined), options.lingerMs).unref();
      }
    },
    async persist() {
      assertOpen();
      await started();
      // Spools the partial batch now (sending it too, unless the engine has stopped).
      await submitBuffered();
    },
    async flush() {
      assertOpen();
      await started();
      await submitBuffered();
      await engine.drain();
      engine.throwIfFailed();
    },
    async close() {
      assertOpen();
      state = "closed";
      try {
        await started();
        await submitBuffered();
        await engine.drain();
      } finally {
        stopLinger();
        await release();
      }
      const report: SinkReport = {
        ...engine.counts,
        spooled: await countSpooled(options.spool, options.queue),
      };
      const error = engine.error;
      if (error) {
        error.report = report;
        throw error;
      }
      return report;
    },
    abort() {
      if (state === "aborted") return;
      state = "aborted";
      stopLinger();
      engine.abort();
      void release().catch(() => undefined);
    },
  };
}

async function countSpooled(spool: SpoolRepository, queue: string): Promise<number> {
  let records = 0;
  for (const entry of await spool.list(queue)) {
    try {
      records += decodeSpoolPayload(entry.payload).count;
    } catch {
      records += 1;
    }
  }
  return records;
}
