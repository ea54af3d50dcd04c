import type { PageResult } from "../dashboard-types.js";
import { formatCount } from "../live/format-live.js";
import { html, type SafeHtml } from "../html.js";
import { pageWindow, renderPager } from "../pages/pager.js";
import { renderLiveStatus } from "../live/render-live-status.js";
import { alertFilterQuery, filterAlerts, parseAlertFilter, type AlertFilter } from "./alert-filter.js";
import type { AlertSnapshot, AlertState } from "./alert-snapshot.js";
import { ALERTS_LIVE_PAGE, ALERTS_PATH } from "./alerts-live-page.js";
import { renderAlertCards, renderAlertFailures, renderCapNotes } from "./render-alert-summary.js";
import { renderAlertTable } from "./render-alert-table.js";
import { summarizeAlerts } from "./summarize-alerts.js";

/** Alerts per page: 100 rows stay readable and quick to render. */
const ALERTS_PAGE_SIZE = 100;

function options(values: ReadonlyArray<{ value: string; label: string }>, selected: string): SafeHtml[] {
  return values.map(
    (o) => html`<option value="${o.value}" ${o.value === selected ? "selected" : ""}>${o.label}</option>`,
  );
}

function filterForm(snapshot: AlertSnapshot, filter: AlertFilter, categories: readonly string[]): SafeHtml {
  const any = { value: "", label: "any" };
  const severities = ["high", "medium", "low"].map((s) => ({ value: s, label: s }));
  const tenants = [...snapshot.tenants]
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }))
    .map((t) => ({ value: t.tenantId, label: t.name }));
  return html`<form class="filters" method="get" action="${ALERTS_PATH}">
    <label
      >Severity
      <select name="severity">
        ${options([any, ...severities], filter.severity)}
      </select></label
    >
    <label
      >Tenant
      <select name="tenant">
        ${options([any, ...tenants], filter.tenant)}
      </select></label
    >
    <label
      >Category
      <select name="category">
        ${options([any, ...categories.map((c) => ({ value: c, label: c }))], filter.category)}
      </select></label
    >
    <label>Description contains <input type="search" name="q" value="${filter.text}" /></label>
    <button class="btn" type="submit">Filter</button>
    <a href="${ALERTS_PATH}">clear</a>
  </form>`;
}

function alertsSection(
  snapshot: AlertSnapshot,
  query: URLSearchParams,
  categories: readonly string[],
): SafeHtml {
  const filter = parseAlertFilter(query);
  const matching = filterAlerts(snapshot.alerts, filter);
  const window = pageWindow(query, ALERTS_PAGE_SIZE);
  const shown = matching.slice(window.start, window.end);
  const table =
    matching.length === 0
      ? html`<p class="empty">
          ${snapshot.alerts.length === 0 ? "No open alerts." : "No alert matches these filters."}
        </p>`
      : shown.length === 0
        ? html`<p class="empty">There is no page ${window.page}; go back to the first page.</p>`
        : renderAlertTable(shown);
  return html`<section>
    <h2>
      Open alerts, newest first (${formatCount(matching.length)} of ${formatCount(snapshot.alerts.length)}
      kept)
    </h2>
    ${filterForm(snapshot, filter, categories)} ${table}
    ${renderPager(ALERTS_PATH, alertFilterQuery(filter), window, matching.length)}
  </section>`;
}

/** The whole alerts page for the current state and the request's query (filters and `page`). */
export function renderAlertsPage(state: AlertState, query: URLSearchParams, csrfToken: string): PageResult {
  const snapshot = state.snapshot;
  let content: SafeHtml | string = "";
  if (snapshot) {
    const summary = summarizeAlerts(snapshot);
    content = html`${renderAlertCards(snapshot, summary)} ${renderCapNotes(snapshot, summary)}
    ${renderAlertFailures(snapshot)} ${alertsSection(snapshot, query, summary.categories)}`;
  }
  const body = html`<h1>Alerts</h1>
    ${renderLiveStatus(ALERTS_LIVE_PAGE, state, csrfToken)} ${content}`;
  return { title: "Alerts", body };
}
