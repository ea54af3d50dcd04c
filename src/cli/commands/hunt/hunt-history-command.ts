import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { SAVED_RUN_COLUMNS, savedRunRecord, type SavedRunRecord } from "./saved-run-columns.js";

/** Runs `hunt history` lists when `--limit` is not given: a screenful, not a long-lived store's all. */
export const DEFAULT_HISTORY_LIMIT = 50;

/** Flags of `centralctl hunt history` (listing). */
export interface HuntHistoryOptions {
  limit: number;
  output: OutputFormat;
}

/**
 * `centralctl hunt history`: the runs saved in the state store, newest first. When the limit hides
 * older runs, stderr says how many there are, so a script never mistakes a page for the whole.
 */
export async function huntHistoryCommand(
  context: CommandContext,
  options: HuntHistoryOptions,
): Promise<ExitCodeValue> {
  const store = await context.store();
  const [runs, total] = await Promise.all([
    store.huntRuns.list({ limit: options.limit }),
    store.huntRuns.count(),
  ]);
  const writer = createRecordWriter<SavedRunRecord>(
    options.output,
    textSinkFor(context.terminal.stdout),
    SAVED_RUN_COLUMNS,
  );
  for (const run of runs) await writer.write(savedRunRecord(run));
  await writer.close();
  if (context.options.quiet) return ExitCode.ok;
  const { stderr } = context.terminal;
  if (total === 0)
    stderr.write(
      `centralctl: no hunt runs are saved in ${store.location}; \`centralctl hunt\` saves each run\n`,
    );
  else if (runs.length < total)
    stderr.write(
      `centralctl: showing the newest ${runs.length} of ${total} saved runs; pass --limit ${total} for all\n`,
    );
  if (runs.length > 0 && options.output === "table")
    stderr.write("centralctl: the hits of a run: centralctl hunt hits ID\n");
  return ExitCode.ok;
}
