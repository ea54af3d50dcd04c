import { SinkError } from "../../../sinks/record-sink.js";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import type { Column } from "../../output/column.js";
import { openRecordSink } from "../../output/open-record-sink.js";
import { isSinkOutput, type RecordOutput } from "../../output/output-format.js";
import { createRecordWriter, type RecordWriter } from "../../output/record-writer.js";
import type { SinkFlags } from "../../output/sink-flags.js";
import { sinkRecordWriter } from "../../output/sink-record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";

/** The record kind of hunt hits in a sink: `source centralctl:hunt-hits`, `sourcetype sophos:central:hunt-hits`. */
export const HIT_KIND = "hunt-hits";

/**
 * Where `centralctl hunt` writes its hits: stdout in a text format, or the Splunk/webhook sink of
 * `--output splunk|splunk_trans|webhook`, opened through the same plumbing as the listing commands
 * (flags over config, spooled, summary line on stderr, a stopped sink names what stays spooled).
 */
export async function openHitWriter<T>(
  context: CommandContext,
  output: RecordOutput,
  sink: SinkFlags,
  columns: Column<T>[],
): Promise<RecordWriter<T>> {
  if (!isSinkOutput(output)) return createRecordWriter(output, textSinkFor(context.terminal.stdout), columns);
  let opened;
  try {
    opened = await openRecordSink(context, output, sink, HIT_KIND);
  } catch (error) {
    if (error instanceof SinkError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  const store = await context.store();
  return sinkRecordWriter<T & object>(opened.sink, {
    destination: opened.destination,
    storeLocation: store.location,
    note: (line) => {
      if (!context.options.quiet) context.terminal.stderr.write(`centralctl: ${line}\n`);
    },
  });
}
