import { html, type SafeHtml } from "../html.js";
import { badge, type BadgeKind } from "./page-fragments.js";
import { filterForm, filterSelect } from "./filter-form.js";
import { formatTime } from "./format-time.js";
import { counted } from "./format-quantity.js";
import { graceDaysLeft, quarantineStanding, type QuarantineStanding } from "./grace-days-left.js";
import { QUARANTINE_STATES, type QuarantineModel } from "./load-quarantine.js";
import { tenantLabel } from "./tenant-label.js";

const STANDING_BADGES: Record<QuarantineStanding, BadgeKind> = {
  waiting: "review",
  due: "delete",
  released: "keep",
  deleted: "skip",
};

/** The Quarantine page: every record with its standing and the days left of its grace period. */
export function renderQuarantine(model: QuarantineModel, now: Date): SafeHtml {
  const source = model.graceFrom === "plan" ? "the newest plan's policy" : "the policy default (no plan yet)";
  const rows = model.records.map((r) => {
    const standing = quarantineStanding(r, model.graceDays, now);
    const left = graceDaysLeft(r.quarantinedAt, model.graceDays, now);
    return html`<tr>
      <td>${badge(STANDING_BADGES[standing], standing)}</td>
      <td>${tenantLabel(r.tenantId, model.tenantNames)}</td>
      <td>${r.hostname}</td>
      <td><code>${r.endpointId}</code></td>
      <td>${r.group.name}</td>
      <td>${r.originalGroup === null ? html`<span class="muted">none</span>` : r.originalGroup.name}</td>
      <td>${formatTime(r.quarantinedAt)}</td>
      <td class="num">
        ${r.state === "quarantined" ? Math.max(left, 0) : html`<span class="muted">-</span>`}
      </td>
    </tr>`;
  });
  return html`<h1>Quarantine</h1>
    <p class="note">
      Devices wait ${counted(model.graceDays, "day")} (from ${source}) in the quarantine group; every
      <code>centralctl hygiene apply PLAN_ID --apply</code> run deletes those that are due and still inactive,
      and moves back any that came back to life.
    </p>
    ${filterForm("/quarantine", [filterSelect("State", "state", QUARANTINE_STATES, model.state)])}
    ${
      rows.length === 0
        ? html`<p class="empty">
            Nothing in quarantine${model.state === "" ? "" : html` in state ${model.state}`}. Devices arrive
            here when a policy turns on <code>quarantine.enabled</code> and
            <code>centralctl hygiene apply PLAN_ID --apply</code> runs.
          </p>`
        : html`<table class="data">
            <thead>
              <tr>
                <th>State</th>
                <th>Tenant</th>
                <th>Hostname</th>
                <th>Endpoint</th>
                <th>Group</th>
                <th>Original group</th>
                <th>Quarantined</th>
                <th class="num">Days left</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
    }`;
}
