import type { Command } from "commander";

/** The `--splunk-*` and `--webhook-*` flags of a connector command, as commander parsed them. */
export interface SinkFlags {
  splunkUrl?: string;
  /** A secret reference (`env:NAME`, `file:/path`, `aws:ID#key`) or, discouraged, the token itself. */
  splunkToken?: string;
  splunkAck?: boolean;
  splunkChannel?: string;
  splunkIndex?: string;
  splunkSourcetype?: string;
  splunkSource?: string;
  splunkHost?: string;
  webhookUrl?: string;
  webhookSecretRef?: string;
  sinkRetries?: string;
}

const KEYS = [
  "splunkUrl",
  "splunkToken",
  "splunkAck",
  "splunkChannel",
  "splunkIndex",
  "splunkSourcetype",
  "splunkSource",
  "splunkHost",
  "webhookUrl",
  "webhookSecretRef",
  "sinkRetries",
] as const satisfies ReadonlyArray<keyof SinkFlags>;

/** Add the sink flags to a command whose `--output` accepts splunk, splunk_trans and webhook. */
export function addSinkOptions(command: Command): Command {
  return command
    .option("--splunk-url <url>", "HEC base URL, e.g. https://splunk:8088 (or config splunk.url)")
    .option(
      "--splunk-token <ref>",
      "HEC token reference env:NAME, file:/path or aws:ID#key (default: $SPLUNK_HEC_TOKEN or config splunk.token)",
    )
    .option("--splunk-ack", "wait for indexer acknowledgement before removing events from the spool")
    .option("--splunk-channel <guid>", "HEC channel GUID (default: a new one per run)")
    .option("--splunk-index <name>", "index for --output splunk_trans (or config splunk.index)")
    .option("--splunk-sourcetype <name>", "sourcetype for --output splunk_trans")
    .option("--splunk-source <name>", "source for --output splunk_trans")
    .option("--splunk-host <name>", "host for --output splunk_trans")
    .option("--webhook-url <url>", "POST each record as JSON to this URL (or config webhook.url)")
    .option("--webhook-secret-ref <ref>", "HMAC-SHA256 key reference for the signature header")
    .option("--sink-retries <n>", "retries per batch before the run stops and spools the rest (0-20)");
}

/** Pick the sink flags out of a command's parsed options. */
export function sinkFlagsFrom(options: Record<string, unknown>): SinkFlags {
  const flags: Record<string, unknown> = {};
  for (const key of KEYS) if (options[key] !== undefined) flags[key] = options[key];
  return flags as SinkFlags;
}
