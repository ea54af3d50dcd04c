import type { HuntRun } from "../../store/index.js";
import { html, type SafeHtml } from "../html.js";
import { formatAge, formatTime } from "../pages/format-time.js";
import { summaryCard } from "../pages/summary-card.js";
import { describeHuntSource } from "./describe-hunt-source.js";
import { failedTenantCount, hitsBadge, runStatusBadge } from "./hunt-run-badges.js";
import { HUNTS_PATH } from "./hunt-paths.js";
import { rerunCommand } from "./rerun-command.js";
import type { HuntDetailModel } from "./load-hunt-detail.js";
import { renderHuntHits } from "./render-hunt-hits.js";

function summary(run: HuntRun, now: Date): SafeHtml {
  const range =
    run.from === undefined && run.to === undefined
      ? "the whole Data Lake"
      : `${run.from ?? "start"} to ${run.to ?? "now"}`;
  const seconds = Math.max(0, Math.round((Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000));
  return html`<h1>Hunt ${run.name} <span class="muted">#${run.id}</span> ${runStatusBadge(run)}</h1>
    <section class="cards">
      ${summaryCard({ label: "Hits", big: hitsBadge(run.hitCount) })}
      ${summaryCard({ label: "Indicators", big: run.indicatorCount, sub: describeHuntSource(run.source) })}
      ${summaryCard({
        label: "Tenants",
        big: run.tenantsAsked,
        sub: run.tenantFilter.length > 0 ? `asked for: ${run.tenantFilter.join(", ")}` : "every tenant",
      })}
      ${summaryCard({ label: "Failed tenants", big: failedTenantCount(run) })}
      ${summaryCard({
        label: "Finished",
        big: formatAge(run.finishedAt, now),
        sub: `${formatTime(run.finishedAt)}, took ${seconds} s`,
      })}
    </section>
    <p class="note">
      API <code>${run.api}</code>${run.api === "ld" ? false : html`; Data Lake range ${range}`}.
      ${run.interrupted ? html`<strong>Stopped by Ctrl-C: nothing it found was kept.</strong>` : false}
    </p>`;
}

function rerun(run: HuntRun): SafeHtml {
  const command = rerunCommand(run);
  if (command === undefined)
    return html`<p class="note">
      The indicators were given inline, so they were not kept and this hunt cannot be repeated from here.
    </p>`;
  return html`<p class="note">
    To run this hunt again: <code>${command}</code>
    ${run.source.kind === "misp" ? html`(with <code>MISP_URL</code> and <code>MISP_API_KEY</code> set as before)` : false}
  </p>`;
}

function failures(run: HuntRun): SafeHtml {
  if (run.failures.length === 0) return html``;
  return html`<h2>Failed tenants</h2>
    <table class="data">
      <thead>
        <tr>
          <th>Tenant</th>
          <th>API</th>
          <th>What went wrong</th>
        </tr>
      </thead>
      <tbody>
        ${run.failures.map(
          (f) =>
            html`<tr>
              <td>${f.tenantName} <code>${f.tenantId}</code></td>
              <td><code>${f.api}</code></td>
              <td>${f.message}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/** A Hunt page: summary, how to run it again, failed tenants, then the filtered page of hits. */
export function renderHuntDetail(model: HuntDetailModel, query: URLSearchParams, now: Date): SafeHtml {
  if (model.kind === "missing") {
    return html`<h1>Hunt not found</h1>
      <p class="empty">
        There is no hunt run <code>${model.id}</code> in this state store. It may have been pruned; see
        <a href="${HUNTS_PATH}">all hunts</a>.
      </p>`;
  }
  return html`${summary(model.run, now)} ${rerun(model.run)} ${failures(model.run)}
  ${renderHuntHits(model, query)}`;
}
