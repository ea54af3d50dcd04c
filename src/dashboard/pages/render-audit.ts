import type { JournalEntry } from "../../store/index.js";
import { html, type SafeHtml } from "../html.js";
import { badge, type BadgeKind, csrfField } from "./page-fragments.js";
import { formatTime } from "./format-time.js";
import { anyFilterSet, filterForm, filterSearch, filterSelect } from "./filter-form.js";
import { OUTCOMES, type AuditModel } from "./load-audit.js";
import { pastLastPage, renderPager } from "./pager.js";
import { planHref } from "./plan-row.js";
import { tenantLabel } from "./tenant-label.js";

const OUTCOME_BADGES: Record<string, BadgeKind> = {
  started: "review",
  succeeded: "ok",
  failed: "error",
  skipped: "skip",
  aborted: "warn",
  noted: "keep",
};

/** Longest detail shown in a cell; the whole entry stays in the journal (and in `centralctl` exports). */
const DETAIL_CHARS = 200;

function detailText(entry: JournalEntry): string {
  if (entry.detail === undefined) return "";
  const text = JSON.stringify(entry.detail);
  return text.length > DETAIL_CHARS ? `${text.slice(0, DETAIL_CHARS)}…` : text;
}

function filters(model: AuditModel): SafeHtml {
  const { filter } = model;
  return filterForm("/audit", [
    filterSearch("Kind", "kind", filter.kind, "endpoint.delete"),
    filterSelect("Outcome", "outcome", OUTCOMES, filter.outcome),
    filterSelect("Tenant", "tenant", model.tenants, filter.tenant),
    filterSearch("Hostname", "hostname", filter.hostname),
    filterSearch("Plan", "plan", filter.plan),
    filterSearch("Since (UTC)", "since", filter.since, "2026-03-01 10:00 or 7d"),
    html`<label
      ><input type="checkbox" name="doubt" value="1" ${filter.doubt ? html` checked` : false} /> only in
      doubt</label
    >`,
  ]);
}

function row(entry: JournalEntry, inDoubt: boolean, names: ReadonlyMap<string, string>): SafeHtml {
  return html`<tr>
    <td class="num">${entry.seq}</td>
    <td>${formatTime(entry.at)}</td>
    <td><code>${entry.kind}</code></td>
    <td>
      ${badge(OUTCOME_BADGES[entry.outcome] ?? "warn", entry.outcome)}${
        inDoubt ? html` ${badge("error", "in doubt")}` : false
      }
    </td>
    <td>${entry.actor}</td>
    <td>${entry.tenantId === undefined ? false : tenantLabel(entry.tenantId, names)}</td>
    <td>${entry.hostname ?? ""}</td>
    <td>
      ${entry.planId === undefined ? false : html`<a href="${planHref(entry.planId)}"><code>${entry.planId}</code></a>`}
    </td>
    <td>${entry.detail === undefined ? false : html`<code>${detailText(entry)}</code>`}</td>
  </tr>`;
}

/** The Audit page: the journal newest first, actions in doubt marked, and a button to verify the chain. */
export function renderAudit(model: AuditModel, query: URLSearchParams, csrfToken: string): SafeHtml {
  const doubt = model.inDoubt.size;
  return html`<h1>Audit journal</h1>
    <form class="inline" method="post" action="/audit/verify">
      ${csrfField({ csrfToken })}<button class="btn" type="submit">Verify the hash chain</button>
    </form>
    ${
      doubt > 0
        ? html`<p class="note">
            <a href="/audit?doubt=1">${doubt} ${doubt === 1 ? "action is" : "actions are"} in doubt</a>: they
            were started but never completed (the run stopped in between). Running
            <code>centralctl hygiene apply PLAN_ID --apply</code> again for that plan first reads each device
            back from Sophos Central and journals what really happened.
          </p>`
        : false
    }
    ${filters(model)}
    ${model.sinceError === undefined ? false : html`<p class="note">${model.sinceError}</p>`}
    ${
      model.entries.length === 0
        ? (pastLastPage(model.window, model.matched, "entries") ??
          html`<p class="empty">
            No journal entries${anyFilterSet(model.filter) ? " match these filters" : ""}. Every change
            centralctl makes (deletions, quarantine moves, tickets) is journaled here.
          </p>`)
        : html`<table class="data">
            <thead>
              <tr>
                <th class="num">#</th>
                <th>Time</th>
                <th>Kind</th>
                <th>Outcome</th>
                <th>Actor</th>
                <th>Tenant</th>
                <th>Hostname</th>
                <th>Plan</th>
                <th>Detail</th>
              </tr>
            </thead>
            <tbody>
              ${model.entries.map((e) => row(e, model.inDoubt.has(e.seq), model.tenantNames))}
            </tbody>
          </table>`
    }
    ${renderPager("/audit", query, model.window, model.matched)}`;
}
