import type { DashboardRoute } from "../dashboard-types.js";
import { loadAudit } from "./load-audit.js";
import { loadDelivery } from "./load-delivery.js";
import { loadOverview } from "./load-overview.js";
import { loadPlanDetail } from "./load-plan-detail.js";
import { loadQuarantine } from "./load-quarantine.js";
import { loadReview } from "./load-review.js";
import { openTicketsAction } from "./open-tickets-action.js";
import { planRowOf } from "./plan-row.js";
import { renderAudit } from "./render-audit.js";
import { renderDelivery } from "./render-delivery.js";
import { renderOverview } from "./render-overview.js";
import { renderPlanDetail } from "./render-plan-detail.js";
import { renderPlans } from "./render-plans.js";
import { renderQuarantine } from "./render-quarantine.js";
import { renderReview } from "./render-review.js";
import { ticketStateAction } from "./ticket-state-action.js";
import { verifyJournalAction } from "./verify-journal-action.js";

/**
 * The dashboard pages over the state store (plans, review, quarantine, audit, delivery), in menu
 * order. Each page loads a view model from the store and renders it; actions change the store
 * exactly as the matching CLI command does and journal the dashboard user as the actor.
 */
export const STORE_ROUTES: DashboardRoute[] = [
  {
    method: "GET",
    pattern: "/",
    nav: "Overview",
    page: async (context) => ({
      title: "Overview",
      body: renderOverview(await loadOverview(context), context.now()),
    }),
  },
  {
    method: "GET",
    pattern: "/plans",
    nav: "Plans",
    page: async (context) => {
      const now = context.now();
      const plans = (await context.store.plans.list()).map((summary) => planRowOf(summary, now));
      return { title: "Plans", body: renderPlans(plans, now) };
    },
  },
  {
    method: "GET",
    pattern: "/plans/:id",
    page: async (context, request) => {
      const id = request.params.id ?? "";
      const model = await loadPlanDetail(context, id, request.query);
      return {
        title: model.kind === "missing" ? "Plan not found" : `Plan ${id}`,
        body: renderPlanDetail(model, request.query, context.now()),
        ...(model.kind === "missing" ? { status: 404 } : {}),
      };
    },
  },
  {
    method: "GET",
    pattern: "/review",
    nav: "Review",
    page: async (context, request) => ({
      title: "Review",
      body: renderReview(await loadReview(context), request.csrfToken, context.now()),
    }),
  },
  {
    method: "POST",
    pattern: "/review/open",
    action: async (context, _request, form) => openTicketsAction(context, form),
  },
  {
    method: "POST",
    pattern: "/review/:id/:verb",
    action: async (context, request) => ticketStateAction(context, request),
  },
  {
    method: "GET",
    pattern: "/quarantine",
    nav: "Quarantine",
    page: async (context, request) => ({
      title: "Quarantine",
      body: renderQuarantine(await loadQuarantine(context, request.query), context.now()),
    }),
  },
  {
    method: "GET",
    pattern: "/audit",
    nav: "Audit",
    page: async (context, request) => ({
      title: "Audit",
      body: renderAudit(await loadAudit(context, request.query), request.query, request.csrfToken),
    }),
  },
  { method: "POST", pattern: "/audit/verify", action: async (context) => verifyJournalAction(context) },
  {
    method: "GET",
    pattern: "/delivery",
    nav: "Delivery",
    page: async (context) => ({
      title: "Delivery",
      body: renderDelivery(await loadDelivery(context), context.now()),
    }),
  },
];
