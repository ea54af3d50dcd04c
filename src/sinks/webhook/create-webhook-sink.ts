import type { Dispatcher } from "undici";
import { silentLogger, type Logger } from "../../util/logger.js";
import { registerSecret } from "../../util/redact.js";
import type { BatchFraming } from "../splunk/batch-buffer.js";
import { displayUrl } from "../splunk/display-url.js";
import { createHttpSinkPool, exposeHttpSink, type HttpSink } from "../splunk/http-sink-pool.js";
import type { SpoolRepository } from "../splunk/spool.js";
import { createSpooledSink } from "../splunk/spooled-sink.js";
import { createWebhookTransport } from "./webhook-transport.js";
import { parseWebhookSinkSettings, type WebhookSinkSettings } from "./webhook-sink-settings.js";

/** Settings plus the live objects the webhook sink needs. */
export type WebhookSinkOptions = WebhookSinkSettings & {
  /** The durable outbox; batches are written here before they are sent. */
  spool: SpoolRepository;
  logger?: Logger;
  /** Share a connection pool; by default the sink owns one and closes it on close(). */
  dispatcher?: Dispatcher;
};

/** A webhook sink: a {@link RecordSink} with flush() and a crash-like abort() (for tests). */
export type WebhookSink = HttpSink;

const BARE: BatchFraming = { open: "", separator: "", close: "" };
const ARRAY: BatchFraming = { open: "[", separator: ",", close: "]" };
// Header names whose values are credentials and must be registered for redaction.
const SECRET_HEADER = /authorization|token|key|secret|signature|cookie|password/i;

/**
 * Create a sink that POSTs records as JSON to a ticket/SOAR webhook: one record per request, or
 * arrays with `batchSize` > 1; optionally HMAC-signed; retried on 5xx/429/network errors; spooled
 * before sending so a failed or killed run loses nothing.
 *
 * @example
 * const sink = createWebhookSink({ url: "https://soar.example/hooks/centralctl", secret, spool });
 * await sink.write({ title: "IOC hit", host: "pc-17" });
 * await sink.close();
 */
export function createWebhookSink(options: WebhookSinkOptions): WebhookSink {
  registerSecret(options.secret);
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (SECRET_HEADER.test(name)) registerSecret(value.replace(/^(Bearer|Basic|Token)\s+/i, ""));
  }
  const settings = parseWebhookSinkSettings(options);
  const target = new URL(settings.url);
  const headers = { ...settings.headers };
  if (target.username || target.password) {
    // undici does not turn URL user info into a header; do it here and keep it out of the URL.
    const user = decodeURIComponent(target.username);
    const password = decodeURIComponent(target.password);
    registerSecret(password);
    headers["authorization"] ??= `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    target.username = "";
    target.password = "";
  }
  const shown = displayUrl(target);
  const pool = createHttpSinkPool(options.dispatcher, settings.maxInFlight, settings.tls);
  const sink = createSpooledSink({
    spool: options.spool,
    queue: settings.queue ?? `webhook:${shown}`,
    transport: createWebhookTransport({
      url: target.toString(),
      displayUrl: shown,
      headers,
      secret: settings.secret,
      signatureHeader: settings.headerName,
      timestampHeader: settings.timestampHeaderName,
      dispatcher: pool.dispatcher,
      timeoutMs: settings.requestTimeoutMs,
    }),
    encode: (record, out) => out.write(JSON.stringify(record)),
    // One record per request goes bare; batches are a JSON array.
    framing: settings.batchSize === 1 ? BARE : ARRAY,
    maxRecords: settings.batchSize,
    maxBytes: settings.maxBatchBytes,
    lingerMs: settings.lingerMs,
    maxInFlight: settings.maxInFlight,
    maxAwaiting: 1,
    maxAttempts: settings.retries + 1,
    backoff: { baseMs: settings.retryBaseMs, maxMs: settings.retryMaxMs },
    logger: options.logger ?? silentLogger,
    release: () => pool.release(),
  });
  return exposeHttpSink(sink, pool);
}
