import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../../util/logger.js";
import { redactSecrets } from "../../util/redact.js";
import { SinkError } from "../record-sink.js";
import { backoffDelay, type BackoffPolicy } from "./backoff-delay.js";
import { ChangeSignal } from "./change-signal.js";
import type { BatchTransport, OutboundBatch } from "./send-outcome.js";
import type { EncodedBatch } from "./batch-buffer.js";
import { encodeSpoolPayload, spoolPayloadOf } from "./spool-payload.js";
import type { SpoolRepository } from "./spool.js";

/** Settings of a {@link DeliveryEngine}; every number is already defaulted and validated. */
export interface DeliveryEngineOptions {
  spool: SpoolRepository;
  queue: string;
  transport: BatchTransport;
  /** Requests on the wire (or backing off) at once. */
  maxInFlight: number;
  /** Batches accepted but not yet acknowledged; beyond this, senders wait. */
  maxAwaiting: number;
  /** Attempts per send before giving up with the transport's "exhausted" error. */
  maxAttempts: number;
  backoff: BackoffPolicy;
  /** Called when the destination accepted a batch and an acknowledgement is still to come. */
  onPending?: (batch: OutboundBatch, ackId: number) => void;
  /** Called once when the engine stops on an error, so buffered records can be spooled at once. */
  onFail?: () => Promise<void>;
  logger: Logger;
}

/**
 * The outbox protocol shared by the Splunk and webhook sinks: every batch is put in the spool before
 * it is sent and removed only when the destination confirmed it; transient failures are retried with
 * back-off; what the spool held from an earlier run is sent first. One engine per spool queue.
 */
export class DeliveryEngine {
  /** Counters for the sink report (records, not batches). */
  readonly counts = { delivered: 0, resent: 0, failed: 0 };
  private readonly sending = new Set<string>();
  private readonly awaiting = new Map<string, OutboundBatch>();
  private readonly tasks = new Set<Promise<void>>();
  private readonly changed = new ChangeSignal();
  private readonly controller = new AbortController();
  private failure: SinkError | undefined;
  private crashed = false;

  constructor(private readonly options: DeliveryEngineOptions) {}

  /** The error the engine stopped on, if any. */
  get error(): SinkError | undefined {
    return this.failure;
  }

  /** True once the engine failed or was aborted: nothing more is sent in this run. */
  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  /** Aborted when the engine stops; pass it to anything that must stop with it. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Throw the error the engine stopped on, if any. */
  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** Spool a new batch, wait until there is room on the wire, then start sending it. */
  async submit(encoded: EncodedBatch): Promise<void> {
    this.throwIfFailed();
    const batch: OutboundBatch = { id: randomUUID(), body: encoded.body, count: encoded.count, resends: 0 };
    await this.park(encoded, batch.id);
    await this.send(batch);
  }

  /** Wait until there is room on the wire, then start sending an already spooled batch. */
  async send(batch: OutboundBatch): Promise<void> {
    await this.waitForRoom();
    // Stopped while waiting: the batch is safe in the spool and goes out first next run.
    if (!this.stopped) this.launch(batch);
  }

  /** Spool a batch without sending it (the engine has stopped; the next run sends it). */
  park(batch: EncodedBatch, id: string = randomUUID()): Promise<void> {
    return this.options.spool.put(this.options.queue, id, spoolPayloadOf(batch));
  }

  /** Resolve when nothing is on the wire or awaiting acknowledgement (or the engine stopped). */
  async drain(): Promise<void> {
    while (!this.stopped && (this.sending.size > 0 || this.awaiting.size > 0)) await this.changed.wait();
    await Promise.allSettled([...this.tasks]);
  }

  /** The destination confirmed these batches: remove them from the spool (one call), then count them. */
  async complete(batches: OutboundBatch[]): Promise<void> {
    // After a failure a confirmed batch is still removed (so it is not sent twice); after an abort
    // nothing is touched, as after a real crash.
    if (this.crashed || batches.length === 0) return;
    await this.options.spool.remove(
      this.options.queue,
      batches.map((batch) => batch.id),
    );
    for (const batch of batches) {
      this.awaiting.delete(batch.id);
      this.counts.delivered += batch.count;
    }
    this.changed.notify();
  }

  /** The acknowledgement never came: send the same bytes again (the ids inside allow de-duplication). */
  resend(batch: OutboundBatch): void {
    if (this.stopped) return;
    this.awaiting.delete(batch.id);
    batch.resends += 1;
    this.counts.resent += batch.count;
    this.launch(batch);
  }

  /** Stop on an error: in-flight requests are cancelled, every unconfirmed batch stays spooled. */
  fail(error: SinkError): void {
    if (!this.failure) {
      this.failure = error;
      error.message += ` Records already accepted stay in spool queue "${this.options.queue}" and are sent first on the next run.`;
      this.options.logger.error(error.message);
    }
    this.stopAll();
    const parking = this.options.onFail?.();
    if (parking) this.follow(parking);
  }

  /** Stop at once without touching the spool, as a crash would. */
  abort(): void {
    this.crashed = true;
    this.stopAll();
  }

  private stopAll(): void {
    this.controller.abort();
    this.changed.notify();
  }

  private async waitForRoom(): Promise<void> {
    const { maxInFlight, maxAwaiting } = this.options;
    while (!this.stopped && (this.sending.size >= maxInFlight || this.awaiting.size >= maxAwaiting)) {
      await this.changed.wait();
    }
  }

  private launch(batch: OutboundBatch): void {
    this.sending.add(batch.id);
    this.follow(this.deliver(batch), () => this.sending.delete(batch.id));
  }

  /** Keep track of background work so drain() waits for it; its errors stop the engine. */
  private follow(work: Promise<void>, done?: () => void): void {
    const task = work
      .catch((error: unknown) => this.fail(toSinkError(error)))
      .finally(() => {
        done?.();
        this.tasks.delete(task);
        this.changed.notify();
      });
    this.tasks.add(task);
  }

  private async deliver(batch: OutboundBatch): Promise<void> {
    const { transport, maxAttempts, backoff, logger } = this.options;
    for (let attempt = 1; !this.stopped; attempt++) {
      const outcome = await transport.send(batch, this.signal);
      if (outcome.kind === "delivered") return await this.complete([batch]);
      if (this.stopped) return;
      switch (outcome.kind) {
        case "pending":
          this.awaiting.set(batch.id, batch);
          return this.options.onPending?.(batch, outcome.ackId);
        case "reject":
          return await this.deadLetter(batch, outcome.error);
        case "fatal":
          return this.fail(outcome.error);
        case "retry": {
          if (attempt >= maxAttempts) return this.fail(transport.exhausted(outcome.reason, attempt));
          const waitMs = backoffDelay(attempt, backoff, outcome.retryAfterMs);
          logger.warn("send failed, retrying", { reason: outcome.reason, attempt, waitMs });
          await sleep(waitMs, undefined, { signal: this.signal }).catch(() => undefined);
        }
      }
    }
  }

  private async deadLetter(batch: OutboundBatch, error: SinkError): Promise<void> {
    const { spool, queue, logger } = this.options;
    const dead = `${queue}:dead`;
    await spool.put(dead, batch.id, encodeSpoolPayload(batch.count, batch.body));
    await spool.remove(queue, [batch.id]);
    this.counts.failed += batch.count;
    logger.error(`${error.message} The batch was moved to spool queue "${dead}" for inspection.`);
    this.changed.notify();
  }
}

function toSinkError(error: unknown): SinkError {
  if (error instanceof SinkError) return error;
  return new SinkError(redactSecrets(`internal error while delivering: ${String(error)}`), { cause: error });
}
