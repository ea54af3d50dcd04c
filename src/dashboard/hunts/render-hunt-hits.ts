import { html, type SafeHtml } from "../html.js";
import { formatTime } from "../pages/format-time.js";
import { anyFilterSet, filterForm, filterSearch, filterSelect } from "../pages/filter-form.js";
import { pastLastPage, renderPager } from "../pages/pager.js";
import { tenantOptions } from "../pages/tenant-options.js";
import type { HuntDetailModel } from "./load-hunt-detail.js";
import { huntHref } from "./hunt-paths.js";

type RunModel = Extract<HuntDetailModel, { kind: "run" }>;

/** The hits filter bar: tenants by name (told apart by id where two share one), sending the id. */
function filters(model: RunModel): SafeHtml {
  const { filter } = model;
  const names = new Map(model.tenants.map((t) => [t.tenantId, t.tenantName]));
  return filterForm(huntHref(model.run.id), [
    filterSelect("Tenant", "tenant", tenantOptions([...names.keys()], names), filter.tenant),
    filterSearch("Hostname contains", "host", filter.host),
    filterSearch("Indicator contains", "indicator", filter.indicator),
  ]);
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
  const past = pastLastPage(model.window, model.page.total, "hits");
  if (past !== undefined) return past;
  if (anyFilterSet(model.filter)) return html`<p class="empty">No hits match these filters.</p>`;
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
