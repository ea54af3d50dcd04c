import type { ActionResult, DashboardContext } from "../dashboard-types.js";
import { newestPlan } from "./plan-row.js";
import { untrackedReviews } from "./load-review.js";

const FILE_IN_CLI =
  "Filing them in your ticket system stays a CLI job: run centralctl hygiene review --file-tickets.";

/**
 * POST `/review/open`: open local tickets for the newest plan's review decisions, one (`tenantId` and
 * `endpointId`) or all (`all=1`). Each opening is journaled (`ticket.open`) with the actor, so the
 * audit trail shows who put a device under review from the browser.
 */
export async function openTicketsAction(
  context: DashboardContext,
  form: URLSearchParams,
): Promise<ActionResult> {
  const all = form.get("all") === "1";
  const tenantId = form.get("tenantId") ?? "";
  const endpointId = form.get("endpointId") ?? "";
  if (!all && endpointId === "") {
    return {
      redirect: "/review",
      flash: { kind: "error", text: "No device was named; use the buttons on this page." },
    };
  }
  const plan = await newestPlan(context);
  if (plan === undefined) {
    return {
      redirect: "/review",
      flash: { kind: "error", text: "There is no plan to review; make one with centralctl hygiene plan." },
    };
  }
  const store = context.store;
  const open = await store.tickets.listOpen();
  const wanted = (await untrackedReviews(store, plan, open)).filter(
    (d) => all || (d.endpointId === endpointId && (tenantId === "" || d.tenantId === tenantId)),
  );
  if (wanted.length === 0) {
    const text = all
      ? `Every review decision of plan ${plan.id} already has an open ticket.`
      : `Endpoint ${endpointId} has no review decision without a ticket in plan ${plan.id}; reload the page.`;
    return { redirect: "/review", flash: { kind: "error", text } };
  }
  for (const d of wanted) {
    const ticket = await store.tickets.open({
      tenantId: d.tenantId,
      endpointId: d.endpointId,
      hostname: d.hostname,
      reasons: [...d.reasons],
    });
    await store.journal.append({
      kind: "ticket.open",
      actor: context.actor,
      tenantId: d.tenantId,
      endpointId: d.endpointId,
      hostname: d.hostname,
      planId: plan.id,
      outcome: "noted",
      detail: { ticketId: ticket.id, reasons: [...d.reasons] },
    });
  }
  const what =
    wanted.length === 1 ? `a ticket for ${wanted[0]?.hostname ?? endpointId}` : `${wanted.length} tickets`;
  return { redirect: "/review", flash: { kind: "ok", text: `Opened ${what}. ${FILE_IN_CLI}` } };
}
