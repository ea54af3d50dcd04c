import { randomUUID } from "node:crypto";
import { Agent, type Dispatcher } from "undici";
import { silentLogger, type Logger } from "../../util/logger.js";
import { registerSecret } from "../../util/redact.js";
import type { RecordSink } from "../record-sink.js";
import { AckTracker } from "./ack-tracker.js";
import { HecClient } from "./hec-client.js";
import { createEnvelopeBuilder } from "./hec-envelope.js";
import { createHecTransport } from "./hec-transport.js";
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
export interface SplunkSink extends RecordSink {
  flush(): Promise<void>;
  persist(): Promise<void>;
  abort(): void;
}

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
  const ownAgent = options.dispatcher === undefined;
  const dispatcher =
    options.dispatcher ??
    new Agent({
      connections: settings.maxInFlight + 1,
      keepAliveTimeout: 30_000,
      ...(settings.tls ? { connect: dropUndefined(settings.tls) } : {}),
    });
  const client = new HecClient({
    url: settings.url,
    token: settings.token,
    channel: settings.channel ?? randomUUID(),
    dispatcher,
    timeoutMs: settings.requestTimeoutMs,
  });

  const trackerRef: { current?: AckTracker } = {};
  const sink = createSpooledSink({
    spool: options.spool,
    queue: settings.queue ?? `splunk-hec:${client.displayUrl}`,
    transport: createHecTransport(client, settings.ack),
    serialize: createEnvelopeBuilder({ ...settings, idOf: options.idOf }),
    frame: (lines) => lines.join("\n"),
    maxRecords: settings.maxBatchEvents,
    maxBytes: settings.maxBatchBytes,
    lingerMs: settings.lingerMs,
    maxInFlight: settings.maxInFlight,
    maxAwaiting: settings.maxUnackedBatches,
    maxAttempts: settings.maxAttempts,
    backoff: { baseMs: settings.retryBaseMs, maxMs: settings.retryMaxMs },
    onPending: (batch, ackId) => trackerRef.current?.track(batch, ackId),
    logger,
    release: async () => {
      if (ownAgent) await dispatcher.close();
    },
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

  return {
    write: (record) => sink.write(record),
    flush: () => sink.flush(),
    persist: () => sink.persist(),
    close: () => sink.close(),
    abort: () => {
      sink.abort();
      // Dropping the sockets mid-request is what a killed process does to the collector.
      if (ownAgent) void dispatcher.destroy().catch(() => undefined);
    },
  };
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
