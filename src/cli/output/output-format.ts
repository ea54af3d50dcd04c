import { UsageError } from "../cli-error.js";

/** Formats every listing command can write. */
export const OUTPUT_FORMATS = ["table", "json", "ndjson", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Parse `--output`, naming the allowed values when it is wrong. */
export function parseOutputFormat(value: string): OutputFormat {
  const found = OUTPUT_FORMATS.find((format) => format === value);
  if (!found) throw new UsageError(`--output "${value}" is not one of ${OUTPUT_FORMATS.join(", ")}`);
  return found;
}
