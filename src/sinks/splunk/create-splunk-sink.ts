import { randomUUID } from "node:crypto";
import type { Dispatcher } from "undici";
import { silentLogger, type Logger } from "../../util/logger.js";
import { registerSecret } from "../../util/redact.js";
import { AckTracker } from "./ack-tracker.js";
import { NEWLINE_FRAMING } from "./batch-buffer.js";
import { HecClient } from "./hec-client.js";
import { createEnvelopeEncoder } from "./hec-envelope.js";
import { createHecTransport } from "./hec-transport.js";
import { createHttpSinkPool, exposeHttpSink, type HttpSink } from "./http-sink-pool.js";
import { parseSplunkSinkSettings, type SplunkSinkSettings } from "./splunk-sink-settings.js";
import type { SpoolRepository } from "./spool.js";
import { createSpooledSink } from "./spooled-sink.js";

/** Settings plus the live objects the Splunk sink needs. */
export type SplunkSinkOptions = SplunkSinkSettings & {
  /** The durable outbox; batches are written here before they are sent. */
  spool: SpoolRepository;
  logger?: Logger;
  /** A stable id per record (default: a hash of the envelope). */
  idOf?: (record: Record<string, unknown>) => string;
  /** Share a connection pool; by default the sink owns one and closes it on close(). */
  dispatcher?: Dispatcher;
};

/** A Splunk HEC sink: a {@link RecordSink} with flush() and a crash-like abort() (for tests). */
export type SplunkSink = HttpSink;

/**
 * Create a sink that sends records to Splunk's HTTP Event Collector (`--output splunk` or
 * `splunk_trans`), batching by count and bytes, spooling every batch before sending it, and with
 * `ack` on, removing it only once Splunk confirms it was indexed.
 *
 * @example
 * const sink = createSplunkSink({ url: "https://splunk:8088", token, ack: true, timeField: "raisedAt", spool });
 * for (const alert of alerts) await sink.write(alert);
 * const report = await sink.close(); // { delivered, resent, failed, spooled }
 */
export function createSplunkSink(options: SplunkSinkOptions): SplunkSink {
  registerSecret(options.token);
  const settings = parseSplunkSinkSettings(options);
  const logger = options.logger ?? silentLogger;
  if (
    settings.output === "splunk" &&
    [settings.host, settings.source, settings.sourcetype, settings.index].some(Boolean)
  ) {
    logger.warn("host/source/sourcetype/index are only applied with output splunk_trans; ignoring them");
  }
  // One socket more than batches in flight: acknowledgement polls must not queue behind them.
  const pool = createHttpSinkPool(options.dispatcher, settings.maxInFlight + 1, settings.tls);
  const client = new HecClient({
    url: settings.url,
    token: settings.token,
    channel: settings.channel ?? randomUUID(),
    dispatcher: pool.dispatcher,
    timeoutMs: settings.requestTimeoutMs,
  });

  const trackerRef: { current?: AckTracker } = {};
  const sink = createSpooledSink({
    spool: options.spool,
    queue: settings.queue ?? `splunk-hec:${client.displayUrl}`,
    transport: createHecTransport(client, settings.ack),
    encode: createEnvelopeEncoder({ ...settings, idOf: options.idOf }),
    framing: NEWLINE_FRAMING,
    maxRecords: settings.maxBatchEvents,
    maxBytes: settings.maxBatchBytes,
    lingerMs: settings.lingerMs,
    maxInFlight: settings.maxInFlight,
    maxAwaiting: settings.maxUnackedBatches,
    maxAttempts: settings.maxAttempts,
    backoff: { baseMs: settings.retryBaseMs, maxMs: settings.retryMaxMs },
    onPending: (batch, ackId) => trackerRef.current?.track(batch, ackId),
    logger,
    release: () => pool.release(),
  });
  trackerRef.current = new AckTracker({
    client,
    engine: sink.engine,
    pollMinMs: settings.ackPollMinMs,
    pollMaxMs: settings.ackPollMaxMs,
    ackTimeoutMs: settings.ackTimeoutMs,
    maxResends: settings.maxAckResends,
    logger,
  });

  return exposeHttpSink(sink, pool);
}
