import { html, type SafeHtml } from "../html.js";
import { formatTime } from "../pages/format-age.js";
import { renderPager } from "../pages/pager.js";
import { isFiltered } from "./hunt-hit-filter.js";
import type { HuntDetailModel } from "./load-hunt-detail.js";
import { huntHref } from "./hunt-paths.js";

type RunModel = Extract<HuntDetailModel, { kind: "run" }>;

/** The hits filter bar: a GET form, so a filtered view is a link people can share. */
function filters(model: RunModel): SafeHtml {
  const { filter } = model;
  const path = huntHref(model.run.id);
  return html`<form class="filters" method="get" action="${path}">
    <label
      >Tenant
      <select name="tenant">
        <option value="">any</option>
        ${model.tenants.map(
          (t) =>
            html`<option value="${t.tenantId}" ${t.tenantId === filter.tenant ? html` selected` : false}>
              ${t.tenantName}
            </option>`,
        )}
      </select></label
    >
    <label>Hostname contains <input type="search" name="host" value="${filter.host}" /></label>
    <label>Indicator contains <input type="search" name="indicator" value="${filter.indicator}" /></label>
    <button class="btn" type="submit">Filter</button>
    <a href="${path}">Clear</a>
  </form>`;
}

function table(model: RunModel): SafeHtml {
  if (model.page.hits.length > 0) {
    return html`<table class="data">
      <thead>
        <tr>
          <th>Tenant</th>
          <th>Hostname</th>
          <th>Type</th>
          <th>Indicator</th>
          <th>Found</th>
          <th>When</th>
          <th>API</th>
          <th class="num">Rows</th>
          <th>Endpoint</th>
        </tr>
      </thead>
      <tbody>
        ${model.page.hits.map(
          (hit) =>
            html`<tr>
              <td>${hit.tenantName}</td>
              <td>${hit.hostname}</td>
              <td>${hit.indicatorType}</td>
              <td><code>${hit.indicator}</code></td>
              <td><code>${hit.where}</code> <span class="muted">in ${hit.matchedColumn}</span></td>
              <td>${hit.when === "" ? html`<span class="muted">unknown</span>` : formatTime(hit.when)}</td>
              <td><code>${hit.api}</code></td>
              <td class="num">${hit.count}</td>
              <td><code>${hit.endpointId}</code></td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
  if (model.page.total > 0)
    return html`<p class="empty">Page ${model.window.page} is past the last page of these hits.</p>`;
  if (isFiltered(model.filter)) return html`<p class="empty">No hits match these filters.</p>`;
  return model.run.interrupted
    ? html`<p class="empty">This hunt was interrupted before it wrote any hits.</p>`
    : html`<p class="empty">This hunt found none of its indicators.</p>`;
}

/** A run's hits: filter bar, one page of the table, and the pager (filters kept across pages). */
export function renderHuntHits(model: RunModel, query: URLSearchParams): SafeHtml {
  return html`<h2>Hits</h2>
    ${filters(model)} ${table(model)}
    ${renderPager(huntHref(model.run.id), query, model.window, model.page.total)}`;
}
