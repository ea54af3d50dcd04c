import type { Store, TicketState } from "../../../store/index.js";
import { changeTicketState, closeExternalTicket, type TicketFlags } from "../../../tickets/index.js";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import { withInputErrors } from "./hygiene-input-error.js";
import { openFiler, ticketDispatcher } from "./hygiene-review-command.js";

/**
 * `centralctl hygiene approve|reject|close ID`: finish a review ticket (the next plan decides the
 * device again) and, best effort, close its external ticket. ID is `#12`, `12` or the external
 * reference (`INC0010001`, `SEC-4`).
 */
export async function hygieneTicketCommand(
  context: CommandContext,
  id: string,
  state: Exclude<TicketState, "open">,
  tickets: TicketFlags = {},
): Promise<ExitCodeValue> {
  const store: Store = await withInputErrors(() => context.store());
  const number = await ticketNumber(store, id);
  const external = (await store.tickets.get(number))?.externalRef !== undefined;
  // Settings are checked (and the secret resolved) before anything changes, so a typo in a flag
  // never leaves the local ticket closed and the external one forgotten.
  const dispatcher = external ? await ticketDispatcher(context) : undefined;
  try {
    const filer = external ? await openFiler(context, tickets, dispatcher) : undefined;
    const change = await changeTicketState(store, {
      ticketId: number,
      state,
      actor: "cli",
      closeExternal: external ? (ticket) => closeExternalTicket(filer, ticket, store.journal) : undefined,
    });
    if (change.kind === "unknown")
      throw new UsageError(`There is no ticket ${number}. List open tickets with centralctl hygiene review.`);
    const { ticket, external: result } = change;
    context.terminal.stdout.write(`ticket #${ticket.id} (${ticket.hostname}) is now ${ticket.state}\n`);
    if (result === undefined) return ExitCode.ok;
    if (result.outcome === "closed") context.terminal.stdout.write(`${result.message}\n`);
    else context.terminal.stderr.write(`centralctl: ${result.message}\n`);
    return result.outcome === "failed" ? ExitCode.partial : ExitCode.ok;
  } finally {
    await dispatcher?.close();
  }
}

async function ticketNumber(store: Store, id: string): Promise<number> {
  const local = /^#?(\d+)(?:\s|$)/.exec(id.trim());
  if (local) {
    const number = Number(local[1]);
    if (Number.isSafeInteger(number) && number > 0) return number;
  }
  const external = (await store.tickets.listOpen()).find((t) => t.externalRef === id.trim());
  if (external) return external.id;
  throw new UsageError(`"${id}" is not a ticket id or the reference of an open ticket (see hygiene review)`);
}
