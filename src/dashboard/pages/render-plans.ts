import { html, type SafeHtml } from "../html.js";
import { badge } from "./page-fragments.js";
import { formatAge, formatTime } from "./format-time.js";
import { planHref, ACTIONS, type PlanRow } from "./plan-row.js";

/** Whether a plan can still be applied, as a badge. */
export function expiryBadge(plan: Pick<PlanRow, "expired">): SafeHtml {
  return plan.expired ? badge("error", "expired") : badge("ok", "valid");
}

/** The Plans page: every stored plan, newest first, with its counts per action. */
export function renderPlans(plans: readonly PlanRow[], now: Date): SafeHtml {
  if (plans.length === 0) {
    return html`<h1>Plans</h1>
      <p class="empty">
        No plans yet. Make one with <code>centralctl hygiene plan</code> (a dry run: it changes nothing in
        Sophos Central).
      </p>`;
  }
  return html`<h1>Plans</h1>
    <table class="data">
      <thead>
        <tr>
          <th>Plan</th>
          <th>Created</th>
          <th>Expires</th>
          ${ACTIONS.map((action) => html`<th class="num">${action}</th>`)}
          <th class="num">Decisions</th>
        </tr>
      </thead>
      <tbody>
        ${plans.map(
          (plan) =>
            html`<tr>
              <td>
                <a href="${planHref(plan.id)}"><code>${plan.id}</code></a>
              </td>
              <td>
                ${formatTime(plan.createdAt)} <span class="muted">${formatAge(plan.createdAt, now)}</span>
              </td>
              <td>${expiryBadge(plan)} <span class="muted">${formatTime(plan.expiresAt)}</span></td>
              ${
                plan.totals === undefined
                  ? html`<td colspan="${ACTIONS.length}"><span class="muted">not a hygiene plan</span></td>`
                  : ACTIONS.map((action) => html`<td class="num">${plan.totals?.[action] ?? 0}</td>`)
              }
              <td class="num">${plan.decisionCount}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}
