import type { TicketState } from "../../store/index.js";
import type { ActionResult, DashboardContext, DashboardRequest } from "../dashboard-types.js";
import { changeTicketState } from "../../tickets/index.js";

const STATES: Record<string, Exclude<TicketState, "open">> = {
  approve: "approved",
  reject: "rejected",
  close: "closed",
};

/** POST `/review/:id/:verb` (approve, reject, close): ends a ticket as the CLI does, then back to Review. */
export async function ticketStateAction(
  context: DashboardContext,
  request: DashboardRequest,
): Promise<ActionResult> {
  const verb = request.params.verb ?? "";
  const state = Object.hasOwn(STATES, verb) ? STATES[verb] : undefined;
  const raw = request.params.id ?? "";
  const ticketId = /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
  if (state === undefined || ticketId === undefined) {
    return {
      redirect: "/review",
      flash: {
        kind: "error",
        text: `"${raw}/${verb}" is not a ticket action; use the buttons on this page.`,
      },
    };
  }
  // The buttons are only on open tickets: a second click, or a stale tab, must not flip an ended
  // ticket (approved to rejected) nor journal the same decision twice.
  const current = await context.store.tickets.get(ticketId);
  if (current !== undefined && current.state !== "open") {
    return {
      redirect: "/review",
      flash: {
        kind: "error",
        text: `Ticket #${current.id} (${current.hostname}) is already ${current.state}; nothing was changed.`,
      },
    };
  }
  const change = await changeTicketState(context.store, {
    ticketId,
    state,
    actor: context.actor,
    closeExternal: context.closeExternalTicket,
  });
  if (change.kind === "unknown") {
    return {
      redirect: "/review",
      flash: { kind: "error", text: `There is no ticket #${ticketId} in this state store; reload the page.` },
    };
  }
  const local = `Ticket #${change.ticket.id} (${change.ticket.hostname}) is now ${change.ticket.state}.`;
  const external = change.external;
  if (external === undefined || external.message === "")
    return { redirect: "/review", flash: { kind: "ok", text: local } };
  return {
    redirect: "/review",
    flash: { kind: external.outcome === "failed" ? "error" : "ok", text: `${local} ${external.message}` },
  };
}
