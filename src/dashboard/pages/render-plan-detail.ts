import { html, type SafeHtml } from "../html.js";
import { actionBadge, reasonBadges } from "./page-fragments.js";
import { formatAge, formatTime } from "./format-time.js";
import { counted } from "./format-quantity.js";
import type { PlanDetailModel } from "./load-plan-detail.js";
import { anyFilterSet } from "./filter-form.js";
import { pastLastPage, renderPager } from "./pager.js";
import { planHref, ACTIONS, type PlanRow } from "./plan-row.js";
import { renderDecisionFilters } from "./render-decision-filters.js";
import { expiryBadge } from "./render-plans.js";
import { summaryCard } from "./summary-card.js";
import { tenantLabel } from "./tenant-label.js";

function header(plan: PlanRow, now: Date): SafeHtml {
  const policy = plan.policy;
  return html`<h1>Plan <code>${plan.id}</code></h1>
    <section class="cards">
      ${ACTIONS.map((action) => summaryCard({ label: action, big: plan.totals?.[action] ?? 0 }))}
      ${summaryCard({ label: "Created", big: formatAge(plan.createdAt, now), sub: formatTime(plan.createdAt) })}
      ${summaryCard({ label: "Expires", big: expiryBadge(plan), sub: formatTime(plan.expiresAt) })}
    </section>
    ${
      policy &&
      html`<p class="note">
        Policy: stale after <strong>${policy.inactiveDays}</strong> days without contact; servers
        ${policy.allowServers ? "may be deleted" : "are always reviewed"}; at most ${policy.maxDeletesPerRun}
        deletions a run and ${Math.round(policy.maxDeleteShare * 100)}% of a tenant; quarantine
        ${policy.quarantine.enabled ? html`on (${policy.quarantine.graceDays} days grace)` : "off"}. Content
        hash <code>${plan.contentHash}</code>
      </p>`
    }`;
}

function commands(plan: PlanRow): SafeHtml {
  return html`<p class="note">
    To act on this plan, run <code>centralctl hygiene apply ${plan.id}</code> (a dry run that shows what would
    happen), then <code>centralctl hygiene apply ${plan.id} --apply</code>. Deletions stay in the CLI on
    purpose: it re-checks every device live just before deleting, escrows tamper-protection passwords with
    your escrow key and keeps to Sophos Central's rate limits.
    ${plan.expired ? html`<strong>This plan has expired: make a new one with <code>centralctl hygiene plan</code>.</strong>` : false}
  </p>`;
}

/** The Plan page: header, how to act on it, then the filtered page of decisions. */
export function renderPlanDetail(model: PlanDetailModel, query: URLSearchParams, now: Date): SafeHtml {
  if (model.kind === "missing") {
    return html`<h1>Plan not found</h1>
      <p class="empty">
        There is no plan <code>${model.id}</code> in this state store. It may have been removed; see
        <a href="/plans">all plans</a>.
      </p>`;
  }
  if (model.kind === "foreign") {
    return html`<h1>Plan <code>${model.plan.id}</code></h1>
      <p class="note">
        This record was not written by <code>centralctl hygiene plan</code> (or by an older version), so its
        ${model.plan.decisionCount} decisions cannot be shown or applied. Make a new plan with
        <code>centralctl hygiene plan</code>.
      </p>`;
  }
  const path = planHref(model.plan.id);
  return html`${header(model.plan, now)} ${commands(model.plan)}
  ${renderDecisionFilters(path, model.filter, model.tenants, model.reasons)}
  ${model.unreadable > 0 ? html`<p class="note">${counted(model.unreadable, "stored value")} that are not decisions and are left out.</p>` : false}
  ${
    model.decisions.length === 0
      ? (pastLastPage(model.window, model.matched, "decisions") ??
        html`<p class="empty">
          ${anyFilterSet(model.filter) ? "No decisions match these filters." : "This plan has no decisions."}
        </p>`)
      : html`<table class="data">
          <thead>
            <tr>
              <th>Action</th>
              <th>Tenant</th>
              <th>Hostname</th>
              <th>Endpoint</th>
              <th>Reasons</th>
              <th>Why</th>
            </tr>
          </thead>
          <tbody>
            ${model.decisions.map(
              (d) =>
                html`<tr>
                  <td>${actionBadge(d.action)}</td>
                  <td>${tenantLabel(d.tenantId, model.plan.tenantNames)}</td>
                  <td>${d.hostname}</td>
                  <td><code>${d.endpointId}</code></td>
                  <td>${reasonBadges(d.reasons)}</td>
                  <td>${d.sentence}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
  }
  ${renderPager(path, query, model.window, model.matched)}`;
}
