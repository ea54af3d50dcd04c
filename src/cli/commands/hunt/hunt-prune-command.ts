import { parsePointInTime } from "../../parse-time.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { SAVED_RUN_COLUMNS, savedRunRecord, type SavedRunRecord } from "./saved-run-columns.js";

/** Flags of `centralctl hunt history --prune-older-than AGE [--apply]`. */
export interface HuntPruneOptions {
  /** An age (`90d`), ISO-8601 duration or date, as {@link parsePointInTime} reads it. */
  olderThan: string;
  apply: boolean;
  output: OutputFormat;
  /** The clock; tests pin it. */
  now?: Date;
}

/**
 * `centralctl hunt history --prune-older-than AGE`: the runs that finished before then are written
 * to stdout (what would go, or what went) and counted on stderr. Nothing is deleted without
 * `--apply`; an applied prune is journaled as `hunt.prune` (`noted`: a local deletion, no API call
 * to be in doubt about), even when nothing was old enough, so the journal shows the prune ran.
 */
export async function huntPruneCommand(
  context: CommandContext,
  options: HuntPruneOptions,
): Promise<ExitCodeValue> {
  const cutoff = parsePointInTime("--prune-older-than", options.olderThan, options.now ?? new Date());
  const store = await context.store();
  const doomed = await store.huntRuns.finishedBefore(cutoff);
  const writer = createRecordWriter<SavedRunRecord>(
    options.output,
    textSinkFor(context.terminal.stdout),
    SAVED_RUN_COLUMNS,
  );
  for (const run of doomed) await writer.write(savedRunRecord(run));
  await writer.close();

  const hits = doomed.reduce((sum, run) => sum + run.hitCount, 0);
  const before = cutoff.toISOString();
  let line: string;
  if (options.apply) {
    // Deleted by the cutoff, not the listed ids: a run saved meanwhile finished after it anyway.
    const runs = await store.huntRuns.pruneBefore(cutoff);
    await store.journal.append({
      kind: "hunt.prune",
      actor: "cli",
      outcome: "noted",
      detail: { runs, hits, olderThan: options.olderThan, before },
    });
    line = `deleted ${counted(runs, "hunt run")} (${counted(hits, "hit")}) that finished before ${before} from ${store.location}`;
  } else {
    line =
      `would delete ${counted(doomed.length, "hunt run")} (${counted(hits, "hit")}) that finished before ${before} from ` +
      `${store.location}; nothing was deleted: pass --apply to delete them`;
  }
  // The count is this command's answer, so it is printed even with --quiet.
  context.terminal.stderr.write(`centralctl: ${line}\n`);
  return ExitCode.ok;
}

const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
