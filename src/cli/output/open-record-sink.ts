import type { RecordSink } from "../../sinks/record-sink.js";
import { createSplunkSink } from "../../sinks/splunk/index.js";
import { createWebhookSink } from "../../sinks/webhook/index.js";
import { resolveSecretValue } from "../../secrets/index.js";
import { UsageError } from "../cli-error.js";
import type { CommandContext } from "../context.js";
import { parseIntegerFlag } from "../parse-time.js";
import type { SinkOutput } from "./output-format.js";
import { parseSinkConfig } from "./sink-config.js";
import { sinkLogger } from "./sink-logger.js";
import type { SinkFlags } from "./sink-flags.js";

/** The record field that carries each kind's event time (HEC `time`); absent kinds use receive time. */
export const TIME_FIELD_OF_KIND: Readonly<Record<string, string>> = {
  alerts: "raisedAt",
  endpoints: "lastSeenAt",
  "siem-events": "when",
  "siem-alerts": "when",
  "hunt-hits": "when",
};

/** An open sink and how to name its destination to the person running the command. */
export interface OpenedSink {
  sink: RecordSink;
  /** e.g. `Splunk HEC http://127.0.0.1:8088`. */
  destination: string;
}

/**
 * Create the Splunk or webhook sink an `--output` asks for, spooling into the state store. Flags win
 * over the config file's `splunk`/`webhook` sections; the HEC token comes from `--splunk-token`,
 * then `splunk.token`, then `$SPLUNK_HEC_TOKEN`, and is never printed.
 */
export async function openRecordSink(
  context: CommandContext,
  output: SinkOutput,
  flags: SinkFlags,
  kind: string,
): Promise<OpenedSink> {
  const config = parseSinkConfig(await context.config());
  const env = context.terminal.env;
  const secretOptions = { env, isTTY: context.terminal.stdinIsTTY };
  const retries =
    flags.sinkRetries === undefined
      ? undefined
      : parseIntegerFlag("--sink-retries", flags.sinkRetries, 0, 20);
  const spool = (await context.store()).spool;

  if (output === "webhook") {
    const url = flags.webhookUrl ?? config.webhook.url;
    if (!url)
      throw new UsageError("--output webhook needs --webhook-url URL (or webhook.url in the config file)");
    const secretRef = flags.webhookSecretRef ?? config.webhook.secret;
    const secret = secretRef === undefined ? undefined : await resolveSecretValue(secretRef, secretOptions);
    const sink = createWebhookSink({
      url,
      spool,
      logger: sinkLogger(context.logger),
      ...(secret === undefined ? {} : { secret }),
      ...(retries === undefined ? {} : { retries }),
    });
    return { sink, destination: `webhook ${url.replace(/\/\/[^@/]*@/, "//")}` };
  }

  const url = flags.splunkUrl ?? config.splunk.url;
  if (!url)
    throw new UsageError(`--output ${output} needs --splunk-url URL (or splunk.url in the config file)`);
  const tokenRef = flags.splunkToken ?? config.splunk.token ?? env.SPLUNK_HEC_TOKEN;
  if (!tokenRef)
    throw new UsageError(
      `--output ${output} needs a HEC token: set SPLUNK_HEC_TOKEN, or give --splunk-token env:NAME|file:/path|aws:ID#key`,
    );
  const token = await resolveSecretValue(tokenRef, secretOptions);
  const timeField = TIME_FIELD_OF_KIND[kind];
  const channel = flags.splunkChannel ?? config.splunk.channel;
  const trans = {
    host: flags.splunkHost ?? config.splunk.host,
    source: flags.splunkSource ?? config.splunk.source ?? `centralctl:${kind}`,
    sourcetype: flags.splunkSourcetype ?? config.splunk.sourcetype ?? `sophos:central:${kind}`,
    index: flags.splunkIndex ?? config.splunk.index,
  };
  const sink = createSplunkSink({
    url,
    token,
    output,
    spool,
    logger: sinkLogger(context.logger),
    ack: flags.splunkAck ?? config.splunk.ack ?? false,
    ...(channel === undefined ? {} : { channel }),
    ...(timeField === undefined ? {} : { timeField }),
    ...(output === "splunk_trans" ? definedOnly(trans) : {}),
    ...(retries === undefined ? {} : { maxAttempts: retries + 1 }),
  });
  return { sink, destination: `Splunk (HEC) ${new URL(url).origin}` };
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}
