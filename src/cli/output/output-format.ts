import { UsageError } from "../cli-error.js";

/** Formats every listing command can write. */
export const OUTPUT_FORMATS = ["table", "json", "ndjson", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Outputs that deliver records to a remote destination through a spooled sink instead of stdout. */
export const SINK_OUTPUTS = ["splunk", "splunk_trans", "webhook"] as const;
export type SinkOutput = (typeof SINK_OUTPUTS)[number];

/** Everything a connector command (inventory, alerts, listings, siem) can write to. */
export const RECORD_OUTPUTS = [...OUTPUT_FORMATS, ...SINK_OUTPUTS] as const;
export type RecordOutput = OutputFormat | SinkOutput;

/** Parse `--output`, naming the allowed values when it is wrong. */
export function parseOutputFormat(value: string): OutputFormat {
  const found = OUTPUT_FORMATS.find((format) => format === value);
  if (!found) throw new UsageError(`--output "${value}" is not one of ${OUTPUT_FORMATS.join(", ")}`);
  return found;
}

/** Parse `--output` of a connector command: a text format or a sink. */
export function parseRecordOutput(value: string): RecordOutput {
  const found = RECORD_OUTPUTS.find((output) => output === value);
  if (!found) throw new UsageError(`--output "${value}" is not one of ${RECORD_OUTPUTS.join(", ")}`);
  return found;
}

/** True for the outputs that go to a sink (Splunk HEC, webhook) rather than stdout or files. */
export function isSinkOutput(output: RecordOutput): output is SinkOutput {
  return (SINK_OUTPUTS as readonly string[]).includes(output);
}
