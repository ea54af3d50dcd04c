import type { PageResult } from "../dashboard-types.js";
import { html, type SafeHtml } from "../html.js";
import { renderLiveStatus } from "../live/render-live-status.js";
import { estateColumns } from "./estate-columns.js";
import { ESTATE_LIVE_PAGE, ESTATE_PATH } from "./estate-live-page.js";
import type { EstateSnapshot, EstateState } from "./estate-snapshot.js";
import { sumTallies } from "./estate-tally.js";
import { renderEstateCards, renderEstateFailures } from "./render-estate-summary.js";
import { renderEstateTable } from "./render-estate-table.js";
import { estateSortKeys, sortEstateRows, WORST_FIRST } from "./sort-estate-rows.js";

/** Tenants per page: an MSP has hundreds; a page of 100 stays readable and quick to render. */
export const ESTATE_PAGE_SIZE = 100;

/** The page's query: `q` filters tenant names, `sort` orders, `page` pages (1-based). */
interface EstateView {
  q: string;
  sort: string;
  page: number;
}

function link(view: EstateView): string {
  const params = new URLSearchParams();
  if (view.q !== "") params.set("q", view.q);
  if (view.sort !== WORST_FIRST) params.set("sort", view.sort);
  if (view.page > 1) params.set("page", String(view.page));
  const query = params.toString();
  return query === "" ? ESTATE_PATH : `${ESTATE_PATH}?${query}`;
}

function filterForm(view: EstateView): SafeHtml {
  return html`<form class="filters" method="get" action="${ESTATE_PATH}">
    <label>Tenant name or id <input type="search" name="q" value="${view.q}" /></label>
    <input type="hidden" name="sort" value="${view.sort}" />
    <button class="btn" type="submit">Filter</button>
    <a href="${link({ q: view.q, sort: WORST_FIRST, page: 1 })}">worst first</a>
  </form>`;
}

function pager(view: EstateView, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  const previous =
    view.page > 1 ? html`<a href="${link({ ...view, page: view.page - 1 })}">previous</a>` : "";
  const next = view.page < pages ? html`<a href="${link({ ...view, page: view.page + 1 })}">next</a>` : "";
  return html`<nav class="pager">${previous} <span>page ${view.page} of ${pages}</span> ${next}</nav>`;
}

function tenantsSection(snapshot: EstateSnapshot, query: URLSearchParams): SafeHtml {
  const columns = estateColumns(snapshot.staleDays);
  const wanted = query.get("sort") ?? WORST_FIRST;
  const view: EstateView = {
    q: query.get("q") ?? "",
    sort: estateSortKeys(columns).includes(wanted) ? wanted : WORST_FIRST,
    page: 1,
  };
  const rows = sortEstateRows(snapshot.rows, { sort: view.sort, filter: view.q, columns });
  const pages = Math.max(1, Math.ceil(rows.length / ESTATE_PAGE_SIZE));
  const page = Number.parseInt(query.get("page") ?? "1", 10);
  view.page = Number.isInteger(page) ? Math.min(Math.max(page, 1), pages) : 1;
  const totals = sumTallies(
    rows.map((row) => row.tally),
    snapshot.staleDays.length,
  );
  const shown = rows.slice((view.page - 1) * ESTATE_PAGE_SIZE, view.page * ESTATE_PAGE_SIZE);
  const table =
    rows.length === 0
      ? html`<p class="empty">No tenant matches this filter.</p>`
      : renderEstateTable(shown, {
          columns,
          sort: view.sort,
          totals,
          totalTenants: rows.length,
          sortLink: (key) => link({ q: view.q, sort: key, page: 1 }),
        });
  return html`<section>
    <h2>Tenants</h2>
    ${filterForm(view)} ${table} ${pager(view, pages)}
  </section>`;
}

/** The whole estate page for the current state and the request's query. */
export function renderEstatePage(state: EstateState, query: URLSearchParams, csrfToken: string): PageResult {
  const snapshot = state.snapshot;
  const body = html`<h1>Estate</h1>
    ${renderLiveStatus(ESTATE_LIVE_PAGE, state, csrfToken)}
    ${snapshot ? [renderEstateCards(snapshot), renderEstateFailures(snapshot), tenantsSection(snapshot, query)] : ""}`;
  return { title: "Estate", body };
}
