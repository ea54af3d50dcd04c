import { createHmac, timingSafeEqual } from "node:crypto";

/** Default header carrying `sha256=<hex>`. */
export const SIGNATURE_HEADER = "X-Centralctl-Signature";
/** Header carrying the signing time in epoch seconds; it is part of what is signed. */
export const TIMESTAMP_HEADER = "X-Centralctl-Timestamp";

/**
 * Sign a webhook body: `sha256=` + hex HMAC-SHA256 over `<timestamp>.<raw body>`. The timestamp is
 * signed with the body (as Stripe and Slack do) so a captured request cannot be replayed later with
 * a fresh timestamp; the receiver rejects old timestamps.
 *
 * @example signWebhookBody(secret, '{"a":1}', 1714557600) // "sha256=5f2c..."
 */
export function signWebhookBody(secret: string, body: Buffer | string, timestampSeconds: number): string {
  // Two updates MAC the same bytes as one over the joined text, without copying the body.
  const mac = createHmac("sha256", secret).update(`${timestampSeconds}.`).update(body);
  return `sha256=${mac.digest("hex")}`;
}

/** What a receiver got: the raw body bytes as text and the two headers. */
export interface SignedRequest {
  body: string;
  timestamp: string | undefined;
  signature: string | undefined;
}

/**
 * Receiver side: true when the signature matches and the timestamp is within `toleranceSeconds` of
 * `now` (default 5 minutes). Compares in constant time.
 */
export function verifyWebhookSignature(
  secret: string,
  request: SignedRequest,
  options: { toleranceSeconds?: number; nowSeconds?: number } = {},
): boolean {
  const { body, timestamp, signature } = request;
  if (timestamp === undefined || signature === undefined || !/^\d+$/.test(timestamp)) return false;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhookBody(secret, body, Number(timestamp)));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
