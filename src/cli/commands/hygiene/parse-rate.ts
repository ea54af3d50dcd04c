import { UsageError } from "../../cli-error.js";

/** Parses `--rate N/min` (or a bare N, per minute); 0 means no pause between deletions. */
export function parseRate(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*min)?\s*$/i.exec(value);
  const rate = match === null ? Number.NaN : Number(match[1]);
  if (!(rate >= 0 && rate <= 100_000)) {
    throw new UsageError(`--rate "${value}" must look like 30/min (deletions per minute, 0 for no pause)`);
  }
  return rate;
}
