import type { JournalEntry, JournalFilter, JournalOutcome } from "../../../store/index.js";
import { CliError, UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { Column } from "../../output/column.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { parsePointInTime } from "../../parse-time.js";

/** Flags of `centralctl audit`. */
export interface AuditOptions {
  tenant?: string;
  hostname?: string;
  plan?: string;
  kind?: string;
  since?: string;
  outcome?: string;
  verify: boolean;
  output: OutputFormat;
}

const OUTCOMES: JournalOutcome[] = ["started", "succeeded", "failed", "skipped", "aborted", "noted"];

const COLUMNS: Column<JournalEntry>[] = [
  { header: "seq", value: (e) => e.seq },
  { header: "at", value: (e) => e.at },
  { header: "kind", value: (e) => e.kind },
  { header: "outcome", value: (e) => e.outcome },
  { header: "tenantId", value: (e) => e.tenantId },
  { header: "hostname", value: (e) => e.hostname },
  { header: "endpointId", value: (e) => e.endpointId },
  { header: "planId", value: (e) => e.planId },
  { header: "actor", value: (e) => e.actor },
  { header: "detail", value: (e) => (e.detail === undefined ? "" : JSON.stringify(e.detail)) },
];

/**
 * `centralctl audit`: the journal of what hygiene did, filtered; `--verify` checks the hash chain
 * and fails (exit 1) naming the first entry that was edited, removed or reordered.
 */
export async function auditCommand(context: CommandContext, options: AuditOptions): Promise<ExitCodeValue> {
  if (options.outcome !== undefined && !OUTCOMES.includes(options.outcome as JournalOutcome)) {
    throw new UsageError(`--outcome "${options.outcome}" is not one of ${OUTCOMES.join(", ")}`);
  }
  const store = await context.store();
  if (options.verify) {
    const verdict = await store.journal.verify();
    if (!verdict.ok) {
      throw new CliError(
        `journal in ${store.location} is NOT intact: entry ${verdict.brokenAt}: ${verdict.reason}. Keep the file as evidence.`,
      );
    }
    context.terminal.stdout.write(
      `journal in ${store.location} is intact: ${verdict.entries} entries, hash chain verified\n`,
    );
    return ExitCode.ok;
  }
  const filter: JournalFilter = {};
  if (options.tenant !== undefined) filter.tenantId = options.tenant;
  if (options.hostname !== undefined) filter.hostname = options.hostname;
  if (options.plan !== undefined) filter.planId = options.plan;
  if (options.kind !== undefined) filter.kind = options.kind;
  if (options.outcome !== undefined) filter.outcome = options.outcome as JournalOutcome;
  if (options.since !== undefined) filter.since = parsePointInTime("--since", options.since, new Date());
  const writer = createRecordWriter(options.output, textSinkFor(context.terminal.stdout), COLUMNS);
  for (const entry of await store.journal.list(filter)) await writer.write(entry);
  await writer.close();
  return ExitCode.ok;
}
