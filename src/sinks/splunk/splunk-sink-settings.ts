import { z } from "zod";
import { redactSecrets } from "../../util/redact.js";
import { SinkError } from "../record-sink.js";

const positive = (fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number().int().min(1).max(max).default(fallback);
const millis = (fallback: number) => z.number().int().min(0).default(fallback);

/**
 * The plain-data settings of the Splunk HEC sink (what a config file holds), with defaults. Timing
 * defaults follow Splunk's advice for acknowledgements: poll up to every 10 s, give up after ~5 min.
 */
export const splunkSinkSettingsSchema = z.object({
  /** Collector base URL, e.g. `https://splunk:8088`. */
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://splunk:8088" }),
  token: z.string().min(1, "is empty"),
  output: z.enum(["splunk", "splunk_trans"]).default("splunk"),
  host: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  sourcetype: z.string().min(1).optional(),
  index: z.string().min(1).optional(),
  ack: z.boolean().default(false),
  channel: z.guid("must be a GUID").optional(),
  timeField: z.string().min(1).optional(),
  idField: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a Splunk field name")
    .default("centralctl_id"),
  maxBatchEvents: positive(500, 100_000),
  // 1 MB stays under the smallest max_content_length of supported Splunk versions.
  maxBatchBytes: positive(1_000_000),
  maxInFlight: positive(4, 64),
  maxUnackedBatches: positive(64),
  lingerMs: millis(1000),
  maxAttempts: positive(8),
  retryBaseMs: millis(500),
  retryMaxMs: millis(30_000),
  ackPollMinMs: millis(1000),
  ackPollMaxMs: millis(10_000),
  ackTimeoutMs: millis(300_000),
  maxAckResends: z.number().int().min(0).default(3),
  requestTimeoutMs: positive(30_000),
  queue: z.string().min(1).optional(),
  tls: z.object({ rejectUnauthorized: z.boolean().optional(), ca: z.string().optional() }).optional(),
});

/** Splunk sink settings as a caller writes them (defaults optional). */
export type SplunkSinkSettings = z.input<typeof splunkSinkSettingsSchema>;

/** Splunk sink settings after validation, every default filled in. */
export type ResolvedSplunkSinkSettings = z.output<typeof splunkSinkSettingsSchema>;

/** Validate settings at the boundary; the error lists every problem and never echoes the token. */
export function parseSplunkSinkSettings(settings: SplunkSinkSettings): ResolvedSplunkSinkSettings {
  const parsed = splunkSinkSettingsSchema.safeParse(settings);
  if (parsed.success) return parsed.data;
  throw new SinkError(redactSecrets(`invalid Splunk HEC settings:\n${z.prettifyError(parsed.error)}`));
}
