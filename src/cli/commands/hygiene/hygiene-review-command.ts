import { fromPlanRecord } from "../../../hygiene/apply/stored-plan.js";
import type { Store, TicketState } from "../../../store/index.js";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { Column } from "../../output/column.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { withInputErrors } from "./hygiene-input-error.js";

/** Flags of `centralctl hygiene review`. */
export interface HygieneReviewOptions {
  /** Plan whose review decisions to list; default the newest plan. */
  plan?: string;
  /** Open a ticket for each review decision (the planner then skips those devices until it is closed). */
  fileTickets: boolean;
  output: OutputFormat;
}

/** One review item: an open ticket or a review decision of the plan. */
interface ReviewItem {
  ticket: string;
  tenantId: string;
  hostname: string;
  endpointId: string;
  reasons: string;
  sentence: string;
}

const COLUMNS: Column<ReviewItem>[] = [
  { header: "ticket", value: (i) => i.ticket },
  { header: "tenantId", value: (i) => i.tenantId },
  { header: "hostname", value: (i) => i.hostname },
  { header: "endpointId", value: (i) => i.endpointId },
  { header: "reasons", value: (i) => i.reasons },
  { header: "sentence", value: (i) => i.sentence },
];

/** `centralctl hygiene review`: open tickets, then the newest plan's review decisions without one. */
export async function hygieneReviewCommand(
  context: CommandContext,
  options: HygieneReviewOptions,
): Promise<ExitCodeValue> {
  const store = await withInputErrors(() => context.store());
  const items: ReviewItem[] = [];
  const ticketed = new Set<string>();
  for (const t of await store.tickets.listOpen()) {
    ticketed.add(t.endpointId);
    const item = { tenantId: t.tenantId, hostname: t.hostname, endpointId: t.endpointId };
    items.push({
      ticket: `#${t.id}`,
      ...item,
      reasons: t.reasons.join(" "),
      sentence: `open since ${t.createdAt}`,
    });
  }
  const planId = options.plan ?? (await store.plans.list())[0]?.id;
  const stored = planId === undefined ? undefined : fromPlanRecord(await store.plans.get(planId));
  if (options.plan !== undefined && stored === undefined)
    throw new UsageError(`no plan ${options.plan} in ${store.location}`);
  for (const d of stored?.plan.decisions ?? []) {
    if (d.action !== "review" || ticketed.has(d.endpointId)) continue;
    const base = {
      tenantId: d.tenantId,
      hostname: d.hostname,
      endpointId: d.endpointId,
      reasons: d.reasons.join(" "),
    };
    let ticket = "";
    if (options.fileTickets) {
      ticket = `#${(await store.tickets.open({ ...base, reasons: [...d.reasons] })).id}`;
    }
    items.push({ ticket, ...base, sentence: d.sentence });
  }
  const writer = createRecordWriter(options.output, textSinkFor(context.terminal.stdout), COLUMNS);
  for (const item of items) await writer.write(item);
  await writer.close();
  return ExitCode.ok;
}

/** `centralctl hygiene approve|reject|close ID`: finish a review ticket; the next plan decides the device again. */
export async function hygieneTicketCommand(
  context: CommandContext,
  id: string,
  state: Exclude<TicketState, "open">,
): Promise<ExitCodeValue> {
  const number = Number(id.replace(/^#/, ""));
  if (!Number.isInteger(number) || number <= 0)
    throw new UsageError(`"${id}" is not a ticket id (see hygiene review)`);
  const store: Store = await withInputErrors(() => context.store());
  const ticket = await withInputErrors(() => store.tickets.setState(number, state));
  await store.journal.append({
    kind: "ticket.state",
    actor: "cli",
    tenantId: ticket.tenantId,
    endpointId: ticket.endpointId,
    hostname: ticket.hostname,
    outcome: "noted",
    detail: { ticketId: ticket.id, state },
  });
  context.terminal.stdout.write(`ticket #${ticket.id} (${ticket.hostname}) is now ${ticket.state}\n`);
  return ExitCode.ok;
}
