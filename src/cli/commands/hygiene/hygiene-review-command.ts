import type { Dispatcher } from "undici";
import { createDispatcher } from "../../../central/create-dispatcher.js";
import { fromPlanRecord } from "../../../hygiene/apply/stored-plan.js";
import type { Decision } from "../../../hygiene/index.js";
import type { Store } from "../../../store/index.js";
import {
  describeFiling,
  fileOpenTickets,
  openTicketFiler,
  type FilingOutcome,
  type TicketFiler,
  type TicketFlags,
} from "../../../tickets/index.js";
import { SinkError } from "../../../sinks/record-sink.js";
import { CliError, UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { Column } from "../../output/column.js";
import { openRecordSink } from "../../output/open-record-sink.js";
import { isSinkOutput, type RecordOutput } from "../../output/output-format.js";
import { createRecordWriter, type RecordWriter } from "../../output/record-writer.js";
import type { SinkFlags } from "../../output/sink-flags.js";
import { sinkRecordWriter } from "../../output/sink-record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { withInputErrors } from "./hygiene-input-error.js";

/** Flags of `centralctl hygiene review`. */
export interface HygieneReviewOptions {
  /** Plan whose review decisions to list; default the newest plan. */
  plan?: string;
  /** Open a ticket for each review decision (the planner then skips those devices until it is closed). */
  fileTickets: boolean;
  /** A text format, or a sink (splunk, splunk_trans, webhook) that receives the review items. */
  output: RecordOutput;
  sink?: SinkFlags;
  /** The external ticket system (docs/tickets.md); tickets stay local without one. */
  tickets?: TicketFlags;
}

/** One review item: an open ticket or a review decision of the plan. */
interface ReviewItem {
  ticket: string;
  externalRef?: string;
  tenantId: string;
  hostname: string;
  endpointId: string;
  reasons: string;
  sentence: string;
}

const COLUMNS: Column<ReviewItem>[] = [
  { header: "ticket", value: (i) => (i.externalRef ? `${i.ticket} ${i.externalRef}` : i.ticket) },
  { header: "tenantId", value: (i) => i.tenantId },
  { header: "hostname", value: (i) => i.hostname },
  { header: "endpointId", value: (i) => i.endpointId },
  { header: "reasons", value: (i) => i.reasons },
  { header: "sentence", value: (i) => i.sentence },
];

/**
 * `centralctl hygiene review`: open tickets, then the newest plan's review decisions without one.
 * With `--file-tickets` each decision gets a local ticket and, when a ticket system is configured,
 * every open ticket without an external reference is filed there (so a failed run is finished by the
 * next one).
 */
export async function hygieneReviewCommand(
  context: CommandContext,
  options: HygieneReviewOptions,
): Promise<ExitCodeValue> {
  const store = await withInputErrors(() => context.store());
  const planId = options.plan ?? (await store.plans.list())[0]?.id;
  const stored = planId === undefined ? undefined : fromPlanRecord(await store.plans.get(planId));
  if (options.plan !== undefined && stored === undefined)
    throw new UsageError(`no plan ${options.plan} in ${store.location}`);
  const decisions = new Map<string, Decision>();
  for (const d of stored?.plan.decisions ?? []) if (d.action === "review") decisions.set(d.endpointId, d);

  if (!options.fileTickets && options.tickets?.ticketSystem !== undefined)
    throw new UsageError("--ticket-system files tickets only together with --file-tickets");
  const dispatcher = options.fileTickets ? await ticketDispatcher(context) : undefined;
  try {
    const filer = options.fileTickets
      ? await openFiler(context, options.tickets ?? {}, dispatcher)
      : undefined;
    const open = await store.tickets.listOpen();
    const ticketed = new Set(open.map((t) => t.endpointId));
    if (options.fileTickets) {
      for (const d of decisions.values()) {
        if (ticketed.has(d.endpointId)) continue;
        const base = { tenantId: d.tenantId, hostname: d.hostname, endpointId: d.endpointId };
        open.push(await store.tickets.open({ ...base, reasons: [...d.reasons] }));
        ticketed.add(d.endpointId);
      }
    }
    const outcome = filer === undefined ? undefined : await fileOpenTickets(store, filer, open, decisions);
    const refreshed = filer === undefined ? open : await store.tickets.listOpen();

    const items: ReviewItem[] = refreshed.map((t) => ({
      ticket: `#${t.id}`,
      ...(t.externalRef === undefined ? {} : { externalRef: t.externalRef }),
      tenantId: t.tenantId,
      hostname: t.hostname,
      endpointId: t.endpointId,
      reasons: t.reasons.join(" "),
      sentence: decisions.get(t.endpointId)?.sentence ?? `open since ${t.createdAt}`,
    }));
    for (const d of decisions.values()) {
      if (ticketed.has(d.endpointId)) continue;
      const { tenantId, hostname, endpointId, sentence } = d;
      items.push({ ticket: "", tenantId, hostname, endpointId, reasons: d.reasons.join(" "), sentence });
    }
    const writer = await reviewWriter(context, options, store);
    for (const item of items) await writer.write(item);
    await writer.close();
    if (filer !== undefined && outcome !== undefined) return reportFiling(context, filer, outcome);
    return ExitCode.ok;
  } finally {
    await dispatcher?.close();
  }
}

/** One pool for the ticket system, honouring the global proxy and extra CA like the Central client. */
export async function ticketDispatcher(context: CommandContext): Promise<Dispatcher> {
  const config = await context.config();
  return createDispatcher({
    caFile: context.options.caFile ?? config.caFile,
    proxyUrl: context.options.proxy ?? config.proxy,
    noProxy: config.noProxy,
    connectTimeoutMs: 10_000,
  });
}

/** The configured ticket filer (flags over config), or undefined when there is none. */
export async function openFiler(
  context: CommandContext,
  flags: TicketFlags,
  dispatcher: Dispatcher | undefined,
): Promise<TicketFiler | undefined> {
  return openTicketFiler({
    flags,
    config: await context.config(),
    env: context.terminal.env,
    isTTY: context.terminal.stdinIsTTY,
    dispatcher,
  });
}

/** Say how filing went; unfiled tickets stay open locally and the next run files them. */
function reportFiling(context: CommandContext, filer: TicketFiler, outcome: FilingOutcome): ExitCodeValue {
  const failed = describeFiling(outcome, filer.destination);
  if (failed !== undefined) {
    const auth = outcome.stopped?.error.failure === "auth";
    throw new CliError(failed, auth ? ExitCode.authentication : ExitCode.partial);
  }
  if (!context.options.quiet && outcome.filed > 0)
    context.terminal.stderr.write(`centralctl: filed ${outcome.filed} ticket(s) in ${filer.destination}\n`);
  return ExitCode.ok;
}

async function reviewWriter(
  context: CommandContext,
  options: HygieneReviewOptions,
  store: Store,
): Promise<RecordWriter<ReviewItem>> {
  if (!isSinkOutput(options.output))
    return createRecordWriter(options.output, textSinkFor(context.terminal.stdout), COLUMNS);
  let opened;
  try {
    opened = await openRecordSink(context, options.output, options.sink ?? {}, "hygiene-review");
  } catch (error) {
    if (error instanceof SinkError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  return sinkRecordWriter<ReviewItem>(opened.sink, {
    destination: opened.destination,
    storeLocation: store.location,
    note: (line) => {
      if (!context.options.quiet) context.terminal.stderr.write(`centralctl: ${line}\n`);
    },
  });
}
