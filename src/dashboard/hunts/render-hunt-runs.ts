import { html, type SafeHtml } from "../html.js";
import { formatAge, formatTime } from "../pages/format-time.js";
import { badge } from "../pages/page-fragments.js";
import { pastLastPage, renderPager } from "../pages/pager.js";
import { failedTenantCount, hitsBadge, runStatusBadge } from "./hunt-run-badges.js";
import { HUNTS_PATH, huntHref } from "./hunt-paths.js";
import type { HuntRunsModel } from "./load-hunt-runs.js";

/** The Hunts page: stored IOC hunt runs, newest first. */
export function renderHuntRuns(model: HuntRunsModel, query: URLSearchParams, now: Date): SafeHtml {
  if (model.total === 0) {
    return html`<h1>Hunts</h1>
      <p class="empty">
        No hunts saved yet. Every <code>centralctl hunt</code> run is kept here unless it is given
        <code>--no-save</code>, e.g. <code>centralctl hunt --misp-event 42 --api both --name weekly</code>.
      </p>`;
  }
  const past = pastLastPage(model.window, model.total, "hunts");
  if (past !== undefined)
    return html`<h1>Hunts</h1>
      ${past}${renderPager(HUNTS_PATH, query, model.window, model.total)}`;
  return html`<h1>Hunts</h1>
    <table class="data">
      <thead>
        <tr>
          <th>Hunt</th>
          <th>Finished</th>
          <th>API</th>
          <th class="num">Indicators</th>
          <th class="num">Tenants</th>
          <th class="num">Failed tenants</th>
          <th>Hits</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        ${model.runs.map((run) => {
          const failed = failedTenantCount(run);
          return html`<tr>
            <td><a href="${huntHref(run.id)}">${run.name}</a> <span class="muted">#${run.id}</span></td>
            <td>
              ${formatTime(run.finishedAt)} <span class="muted">${formatAge(run.finishedAt, now)}</span>
            </td>
            <td><code>${run.api}</code></td>
            <td class="num">${run.indicatorCount}</td>
            <td class="num">${run.tenantsAsked}</td>
            <td class="num">${failed > 0 ? badge("warn", String(failed)) : "0"}</td>
            <td>${hitsBadge(run.hitCount)}</td>
            <td>${runStatusBadge(run)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${renderPager(HUNTS_PATH, query, model.window, model.total)}`;
}
