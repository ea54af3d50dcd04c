import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../../util/logger.js";
import { redactSecrets } from "../../util/redact.js";
import { SinkError } from "../record-sink.js";
import type { DeliveryEngine } from "./delivery-engine.js";
import type { HecClient } from "./hec-client.js";
import { describeHecFailure } from "./hec-failure.js";
import { networkReason } from "./network-reason.js";
import type { OutboundBatch } from "./send-outcome.js";
import { SplunkHecError } from "./splunk-hec-error.js";

/** Timing of indexer-acknowledgement polling; all in milliseconds. */
export interface AckTrackerOptions {
  client: HecClient;
  engine: Pick<DeliveryEngine, "complete" | "resend" | "fail" | "signal">;
  /** First poll delay, and the delay again after any progress. */
  pollMinMs: number;
  /** Longest delay between polls while nothing gets acknowledged. */
  pollMaxMs: number;
  /** A batch not acknowledged this long after it was accepted is sent again. */
  ackTimeoutMs: number;
  /** Re-sends per batch before giving up (the batch then stays in the spool). */
  maxResends: number;
  logger: Logger;
  now?: () => number;
}

// Splunk answers any number of ids, but a bounded query keeps each request small.
const IDS_PER_QUERY = 1000;

/**
 * Polls `/services/collector/ack` for accepted batches until they are indexed. Splunk answers
 * `false` both for "pending" and "lost" and forgets an id once it said `true`, so the only safe
 * reaction to a long `false` is to send the batch again (its stable event ids allow de-duplication).
 */
export class AckTracker {
  private readonly pending = new Map<number, { batch: OutboundBatch; acceptedAt: number }>();
  private running = false;
  private readonly now: () => number;

  constructor(private readonly options: AckTrackerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Acknowledgements still awaited. */
  get size(): number {
    return this.pending.size;
  }

  /** Watch an accepted batch; starts polling if it is not already running. */
  track(batch: OutboundBatch, ackId: number): void {
    this.pending.set(ackId, { batch, acceptedAt: this.now() });
    if (!this.running) {
      this.running = true;
      this.poll().catch((error: unknown) => {
        this.running = false;
        const reason = redactSecrets(String(error));
        this.options.engine.fail(new SinkError(`tracking Splunk acknowledgements failed: ${reason}`));
      });
    }
  }

  private async poll(): Promise<void> {
    const { engine, pollMinMs, pollMaxMs } = this.options;
    let interval = pollMinMs;
    for (;;) {
      if (engine.signal.aborted || this.pending.size === 0) {
        this.running = false;
        return;
      }
      await sleep(interval, undefined, { signal: engine.signal }).catch(() => undefined);
      if (engine.signal.aborted) continue;
      let acked = 0;
      const ids = [...this.pending.keys()];
      for (let start = 0; start < ids.length && !engine.signal.aborted; start += IDS_PER_QUERY) {
        const result = await this.query(ids.slice(start, start + IDS_PER_QUERY));
        if (result === "stop") break;
        acked += result;
      }
      this.resendOverdue();
      interval = acked > 0 ? pollMinMs : Math.min(interval * 2, pollMaxMs);
    }
  }

  /** One acknowledgement query; returns how many batches it confirmed, or "stop" after a fatal answer. */
  private async query(ids: number[]): Promise<number | "stop"> {
    const { client, engine, logger } = this.options;
    let answer;
    try {
      answer = await client.queryAcks(ids, engine.signal);
    } catch (error) {
      if (!engine.signal.aborted)
        logger.warn("ack query failed, will poll again", { reason: networkReason(error) });
      return 0;
    }
    const acks = answer.body?.acks;
    if (answer.status !== 200 || acks === undefined) {
      const failure = describeHecFailure(
        client.displayUrl,
        answer.status,
        answer.body?.code,
        answer.body?.text,
      );
      if (failure.kind === "retry") {
        logger.warn("ack query refused, will poll again", { answer: failure.answer });
        return 0;
      }
      const { status } = answer;
      engine.fail(
        new SplunkHecError(failure.message, { url: client.displayUrl, status, code: answer.body?.code }),
      );
      return "stop";
    }
    const confirmed: OutboundBatch[] = [];
    for (const id of ids) {
      const entry = this.pending.get(id);
      if (entry && acks[String(id)] === true) {
        this.pending.delete(id);
        confirmed.push(entry.batch);
      }
    }
    await engine.complete(confirmed);
    return confirmed.length;
  }

  private resendOverdue(): void {
    const { engine, ackTimeoutMs, maxResends, logger, client } = this.options;
    const now = this.now();
    for (const [ackId, entry] of this.pending) {
      if (engine.signal.aborted) return;
      if (now - entry.acceptedAt < ackTimeoutMs) continue;
      this.pending.delete(ackId);
      const { batch } = entry;
      if (batch.resends >= maxResends) {
        const sends = batch.resends + 1;
        const message =
          `Splunk (HEC) at ${client.displayUrl} accepted a batch of ${batch.count} events but never confirmed it was indexed ` +
          `(${sends} sends, ${Math.round(ackTimeoutMs / 1000)} s each); check the indexers' health, or raise the ack timeout.`;
        engine.fail(new SplunkHecError(message, { url: client.displayUrl }));
        return;
      }
      logger.warn("batch not acknowledged in time, sending it again", { ackId, events: batch.count });
      engine.resend(batch);
    }
  }
}
