import type { Ticket } from "../../store/index.js";
import { html, type SafeHtml } from "../html.js";
import { reasonBadges, csrfField } from "./page-fragments.js";
import { formatAge } from "./format-time.js";
import { counted } from "./format-quantity.js";
import type { ReviewModel } from "./load-review.js";
import { planHref } from "./plan-row.js";
import { tenantLabel } from "./tenant-label.js";

function ticketForms(ticket: Ticket, csrf: SafeHtml): SafeHtml {
  const form = (verb: string, label: string, danger: boolean): SafeHtml =>
    html`<form class="inline" method="post" action="/review/${ticket.id}/${verb}">
      ${csrf}<button class="${danger ? "btn btn-danger" : "btn"}" type="submit">${label}</button>
    </form>`;
  return html`${form("approve", "Approve", false)} ${form("reject", "Reject", true)}
  ${form("close", "Close", false)}`;
}

function openTickets(model: ReviewModel, csrf: SafeHtml, now: Date): SafeHtml {
  if (model.open.length === 0) return html`<p class="empty">No open review tickets.</p>`;
  return html`<table class="data">
    <thead>
      <tr>
        <th>Ticket</th>
        <th>External</th>
        <th>Tenant</th>
        <th>Hostname</th>
        <th>Reasons</th>
        <th>Age</th>
        <th></th>
      </tr>
    </thead>
    <tbody>
      ${model.open.map(
        (t) =>
          html`<tr>
            <td><code>#${t.id}</code></td>
            <td>
              ${t.externalRef === undefined ? html`<span class="muted">none</span>` : html`<code>${t.externalRef}</code>`}
            </td>
            <td>${tenantLabel(t.tenantId, model.plan?.tenantNames)}</td>
            <td>${t.hostname}</td>
            <td>${reasonBadges(t.reasons)}</td>
            <td>${formatAge(t.createdAt, now)}</td>
            <td>${ticketForms(t, csrf)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function untracked(model: ReviewModel, csrf: SafeHtml): SafeHtml {
  const plan = model.plan;
  if (plan === undefined) {
    return html`<p class="empty">
      No plan yet: <code>centralctl hygiene plan</code> decides which devices need review.
    </p>`;
  }
  const link = html`<a href="${planHref(plan.id)}"><code>${plan.id}</code></a>`;
  if (model.untrackedTotal === 0) {
    return html`<p class="empty">Every review decision of plan ${link} has an open ticket.</p>`;
  }
  const more = model.untrackedTotal - model.untracked.length;
  return html`<p>
      Plan ${link} wants ${counted(model.untrackedTotal, "device")} reviewed that have no ticket yet.
    </p>
    <form class="inline" method="post" action="/review/open">
      ${csrf}<input type="hidden" name="all" value="1" /><button class="btn" type="submit">
        Open tickets for all ${model.untrackedTotal}
      </button>
    </form>
    <table class="data">
      <thead>
        <tr>
          <th>Tenant</th>
          <th>Hostname</th>
          <th>Endpoint</th>
          <th>Reasons</th>
          <th>Why</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${model.untracked.map(
          (d) =>
            html`<tr>
              <td>${tenantLabel(d.tenantId, plan.tenantNames)}</td>
              <td>${d.hostname}</td>
              <td><code>${d.endpointId}</code></td>
              <td>${reasonBadges(d.reasons)}</td>
              <td>${d.sentence}</td>
              <td>
                <form class="inline" method="post" action="/review/open">
                  ${csrf}<input type="hidden" name="tenantId" value="${d.tenantId}" /><input
                    type="hidden"
                    name="endpointId"
                    value="${d.endpointId}"
                  /><button class="btn" type="submit">Open ticket</button>
                </form>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${more > 0 ? html`<p class="note">${more} more are not listed; "Open tickets for all" covers them too.</p>` : false}`;
}

/** The Review page: open tickets with approve/reject/close, then review decisions without a ticket. */
export function renderReview(model: ReviewModel, csrfToken: string, now: Date): SafeHtml {
  const csrf = csrfField({ csrfToken });
  return html`<h1>Review</h1>
    <h2>Open tickets</h2>
    ${openTickets(model, csrf, now)}
    <p class="note">
      Approving, rejecting or closing a ticket ends it; the next <code>centralctl hygiene plan</code> decides
      the device again. Each change is journaled with your name.
    </p>
    <h2>Waiting for a ticket</h2>
    ${untracked(model, csrf)}`;
}
