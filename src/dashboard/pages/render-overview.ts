import type { JournalEntry } from "../../store/index.js";
import { html, type SafeHtml } from "../html.js";
import { badge } from "./page-fragments.js";
import { HUNTS_PATH, huntHref } from "../hunts/hunt-paths.js";
import { failedTenantCount, hitsBadge } from "../hunts/hunt-run-badges.js";
import { formatAge } from "./format-time.js";
import { counted } from "./format-quantity.js";
import type { OverviewModel } from "./load-overview.js";
import { planHref, ACTIONS } from "./plan-row.js";
import { expiryBadge } from "./render-plans.js";
import { summaryCard } from "./summary-card.js";

function card(
  label: string,
  href: string,
  big: SafeHtml | string | number,
  sub: SafeHtml | string,
): SafeHtml {
  return summaryCard({ label, href, big, sub });
}

function planCard(model: OverviewModel, now: Date): SafeHtml {
  const plan = model.plan;
  if (plan === undefined)
    return card("Newest plan", "/plans", "none", html`make one with <code>centralctl hygiene plan</code>`);
  const counts = ACTIONS.map(
    (action, i) => html`${i > 0 ? ", " : ""}${plan.totals?.[action] ?? 0} ${action}`,
  );
  return card(
    "Newest plan",
    planHref(plan.id),
    formatAge(plan.createdAt, now),
    html`<code>${plan.id}</code> ${expiryBadge(plan)}<br />${counts}`,
  );
}

function huntCard(model: OverviewModel, now: Date): SafeHtml {
  const hunt = model.hunt;
  if (hunt === undefined)
    return card("Hunts", HUNTS_PATH, 0, html`run one with <code>centralctl hunt</code>`);
  const failed = hunt.failures.length > 0 ? `, ${counted(failedTenantCount(hunt), "tenant")} failed` : "";
  const when = `${formatAge(hunt.finishedAt, now)}${failed}`;
  return card(
    "Hunts",
    huntHref(hunt.id),
    hitsBadge(hunt.hitCount),
    html`newest: <code>${hunt.name}</code>, ${when}; ${model.huntCount} saved`,
  );
}

function spoolCard(model: OverviewModel): SafeHtml {
  const total = model.spool.reduce((sum, q) => sum + q.records, 0);
  const sub =
    model.spool.length === 0
      ? "nothing waiting"
      : html`${model.spool.map((q, i) => html`${i > 0 ? ", " : ""}<code>${q.queue}</code> ${q.records}`)}`;
  return card("Delivery spool", "/delivery", total, sub);
}

/** Where the Audit page shows one action in doubt with its completions, if any came. */
function auditHref(entry: JournalEntry): string {
  const query = new URLSearchParams({ kind: entry.kind });
  if (entry.planId !== undefined) query.set("plan", entry.planId);
  if (entry.hostname !== undefined) query.set("hostname", entry.hostname);
  return `/audit?${query.toString()}`;
}

function doubtful(model: OverviewModel): SafeHtml {
  if (model.doubtful.length === 0) return html``;
  const more = model.inDoubt - model.doubtful.length;
  return html`<p class="note">
    Actions in doubt (started, never completed; the run stopped in between):
    ${model.doubtful.map(
      (e, i) =>
        html`${i > 0 ? ", " : ""}<a href="${auditHref(e)}"
            ><code>${e.kind}</code> ${e.hostname ?? e.endpointId ?? `#${e.seq}`}</a
          >`,
    )}${more > 0 ? html`, <a href="/audit?doubt=1">${more} more</a>` : false}.
  </p>`;
}

function isFirstRun(model: OverviewModel): boolean {
  const q = model.quarantine;
  return (
    model.planCount === 0 &&
    model.openTickets === 0 &&
    model.journalEntries === 0 &&
    model.spool.length === 0 &&
    model.huntCount === 0 &&
    q.waiting + q.due + q.released + q.deleted === 0
  );
}

/** The Overview page: one card per area, each linking to its page. */
export function renderOverview(model: OverviewModel, now: Date): SafeHtml {
  const q = model.quarantine;
  const firstRun = isFirstRun(model)
    ? html`<p class="empty">
        This state store is empty. Start with <code>centralctl hygiene plan</code> (a dry run that decides
        which stale devices to delete, review or keep); its plan, the review queue and every change it makes
        then show up here. Deliveries appear once a command sends to a sink (for example
        <code>centralctl alerts --output splunk</code>).
      </p>`
    : false;
  return html`<h1>Overview</h1>
    ${firstRun}
    <section class="cards">
      ${planCard(model, now)} ${card("Review", "/review", model.openTickets, "open tickets")}
      ${huntCard(model, now)}
      ${card(
        "Quarantine",
        "/quarantine",
        q.waiting + q.due,
        html`${q.waiting} waiting, ${q.due} due for deletion, ${q.released} released, ${q.deleted} deleted`,
      )}
      ${card(
        "Journal",
        model.inDoubt > 0 ? "/audit?doubt=1" : "/audit",
        model.journalEntries,
        model.inDoubt > 0
          ? html`${badge("error", `${model.inDoubt} in doubt`)} started, never completed`
          : "entries, none in doubt",
      )}
      ${spoolCard(model)}
    </section>
    ${doubtful(model)}`;
}
