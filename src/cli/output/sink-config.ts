import { z } from "zod";
import { UsageError } from "../cli-error.js";

/** The `splunk` section of config.json: defaults for `--output splunk|splunk_trans`. */
const splunkSection = z.looseObject({
  url: z.string().optional(),
  /** A secret reference (env:NAME, file:/path, aws:ID#key) or the token itself. */
  token: z.string().optional(),
  ack: z.boolean().optional(),
  channel: z.string().optional(),
  host: z.string().optional(),
  source: z.string().optional(),
  sourcetype: z.string().optional(),
  index: z.string().optional(),
});

/** The `webhook` section of config.json: defaults for `--output webhook`. */
const webhookSection = z.looseObject({
  url: z.string().optional(),
  /** A secret reference for the HMAC key. */
  secret: z.string().optional(),
});

/** The parts of the configuration file the sinks read. */
export interface SinkConfig {
  splunk: z.output<typeof splunkSection>;
  webhook: z.output<typeof webhookSection>;
}

/** Validate the open `splunk` and `webhook` config sections, naming the key that is wrong. */
export function parseSinkConfig(config: {
  splunk?: unknown;
  webhook?: unknown;
  source?: string;
}): SinkConfig {
  const where = config.source ?? "the configuration file";
  const splunk = splunkSection.safeParse(config.splunk ?? {});
  if (!splunk.success)
    throw new UsageError(`${where}: section "splunk" is invalid:\n${z.prettifyError(splunk.error)}`);
  const webhook = webhookSection.safeParse(config.webhook ?? {});
  if (!webhook.success)
    throw new UsageError(`${where}: section "webhook" is invalid:\n${z.prettifyError(webhook.error)}`);
  return { splunk: splunk.data, webhook: webhook.data };
}
