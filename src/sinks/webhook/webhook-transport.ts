import { request, type Dispatcher } from "undici";
import { parseRetryAfter } from "../splunk/backoff-delay.js";
import { networkReason } from "../splunk/network-reason.js";
import type { BatchTransport } from "../splunk/send-outcome.js";
import { WebhookError } from "./webhook-error.js";
import { webhookOutcome } from "./webhook-outcome.js";
import { signWebhookBody } from "./webhook-signature.js";

/** Where and how to POST: the real URL (may hold secrets) and the one safe to show. */
export interface WebhookTransportOptions {
  url: string;
  displayUrl: string;
  headers: Record<string, string>;
  /** HMAC key; without it no signature headers are sent. */
  secret: string | undefined;
  signatureHeader: string;
  timestampHeader: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
}

/**
 * The webhook half of a spooled sink. Each attempt is signed afresh (a retry after a long back-off
 * must still pass the receiver's timestamp window); `Idempotency-Key` is the batch id, identical on
 * every retry and after a restart, so the receiver can drop duplicates.
 */
export function createWebhookTransport(options: WebhookTransportOptions): BatchTransport {
  const { url, displayUrl } = options;
  return {
    async send(batch, signal) {
      const headers: Record<string, string> = {
        ...options.headers,
        "content-type": "application/json",
        "idempotency-key": batch.id,
      };
      if (options.secret !== undefined) {
        const timestamp = Math.floor(Date.now() / 1000);
        headers[options.timestampHeader] = String(timestamp);
        headers[options.signatureHeader] = signWebhookBody(options.secret, batch.body, timestamp);
      }
      try {
        const response = await request(url, {
          method: "POST",
          headers,
          body: batch.body,
          signal,
          dispatcher: options.dispatcher,
          headersTimeout: options.timeoutMs,
          bodyTimeout: options.timeoutMs,
        });
        const text = await response.body.text();
        const retryAfter = response.headers["retry-after"];
        const retryAfterMs = parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
        return webhookOutcome(displayUrl, { status: response.statusCode, text, retryAfterMs }, batch.count);
      } catch (error) {
        return { kind: "retry", reason: networkReason(error) };
      }
    },
    exhausted(lastReason, attempts) {
      const status = /^HTTP (\d{3})/.exec(lastReason)?.[1];
      return new WebhookError(
        `webhook ${displayUrl} failed after ${attempts} attempts (last: ${lastReason}); ` +
          "check that the receiver is up and reachable from here, then run again.",
        { url: displayUrl, status: status === undefined ? undefined : Number(status) },
      );
    },
  };
}
