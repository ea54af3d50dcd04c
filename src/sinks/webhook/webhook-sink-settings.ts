import { z } from "zod";
import { redactSecrets } from "../../util/redact.js";
import { SinkError } from "../record-sink.js";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./webhook-signature.js";

const headerName = z.string().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, "must be an HTTP header name");
const millis = (fallback: number) => z.number().int().min(0).default(fallback);

/** The plain-data settings of the webhook sink, with defaults. */
export const webhookSinkSettingsSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  /** HMAC-SHA256 key for the signature header; no signature without it. */
  secret: z.string().min(1, "is empty").optional(),
  headerName: headerName.default(SIGNATURE_HEADER),
  timestampHeaderName: headerName.default(TIMESTAMP_HEADER),
  /** Extra headers, e.g. `{ Authorization: "Bearer ..." }`; their values are treated as secrets. */
  headers: z.record(headerName, z.string()).default({}),
  /** 1 posts each record as a JSON object; more posts JSON arrays of up to this many records. */
  batchSize: z.number().int().min(1).max(10_000).default(1),
  maxBatchBytes: z.number().int().min(1).default(1_000_000),
  /** Retries after the first attempt on 5xx/429/network errors. */
  retries: z.number().int().min(0).max(20).default(4),
  retryBaseMs: millis(500),
  retryMaxMs: millis(30_000),
  maxInFlight: z.number().int().min(1).max(64).default(2),
  lingerMs: millis(1000),
  requestTimeoutMs: z.number().int().min(1).default(30_000),
  queue: z.string().min(1).optional(),
  tls: z.object({ rejectUnauthorized: z.boolean().optional(), ca: z.string().optional() }).optional(),
});

/** Webhook sink settings as a caller writes them. */
export type WebhookSinkSettings = z.input<typeof webhookSinkSettingsSchema>;

/** Webhook sink settings with defaults filled in. */
export type ResolvedWebhookSinkSettings = z.output<typeof webhookSinkSettingsSchema>;

/** Validate at the boundary; the error lists every problem and never echoes secrets. */
export function parseWebhookSinkSettings(settings: WebhookSinkSettings): ResolvedWebhookSinkSettings {
  const parsed = webhookSinkSettingsSchema.safeParse(settings);
  if (parsed.success) return parsed.data;
  throw new SinkError(redactSecrets(`invalid webhook settings:\n${z.prettifyError(parsed.error)}`));
}
