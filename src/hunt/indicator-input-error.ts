import type { RejectedEntry } from "./indicator.js";

/** How many problems an error message lists before summarising the rest. */
export const SHOWN_PROBLEMS = 20;

const MAX_VALUE_CHARS = 80;

/** Quote a user-supplied value for a message, cut short so one huge entry cannot flood the terminal. */
export function quoteValue(value: string): string {
  const cut = value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
  return JSON.stringify(cut);
}

/**
 * Indicators that cannot be used: the whole source is unreadable, or entries are malformed. The
 * message lists the first {@link SHOWN_PROBLEMS} problems, each naming its entry, and says how to go
 * on; `problems` holds all of them for programs.
 */
export class IndicatorInputError extends Error {
  readonly source: string;
  readonly problems: RejectedEntry[];

  constructor(source: string, problems: RejectedEntry[], hint?: string) {
    super(formatMessage(source, problems, hint));
    this.name = "IndicatorInputError";
    this.source = source;
    this.problems = problems;
  }
}

function formatMessage(source: string, problems: RejectedEntry[], hint?: string): string {
  const noun = problems.length === 1 ? "problem" : "problems";
  const lines = problems.slice(0, SHOWN_PROBLEMS).map((p) => `  - ${p.where}: ${p.reason}`);
  if (problems.length > SHOWN_PROBLEMS) lines.push(`  … and ${problems.length - SHOWN_PROBLEMS} more`);
  const next = hint ?? "Fix the entries listed, or use the lenient option to skip malformed entries.";
  return `${source}: ${problems.length} indicator ${noun}:\n${lines.join("\n")}\n${next}`;
}
