import { formatCount, formatDuration, formatInstant } from "../estate/format-estate.js";
import { html, type SafeHtml } from "../html.js";
import type { AlertSnapshot } from "./alert-snapshot.js";
import type { AlertSummary } from "./summarize-alerts.js";

function card(label: string, big: string, sub: string): SafeHtml {
  return html`<div class="card">
    <h3>${label}</h3>
    <p class="big">${big}</p>
    <p class="sub">${sub}</p>
  </div>`;
}

/** Cards: open alerts by severity, tenants with high alerts, and when the data was fetched. */
export function renderAlertCards(snapshot: AlertSnapshot, summary: AlertSummary): SafeHtml {
  const { counts } = summary;
  const read = snapshot.tenants.length;
  const unread =
    snapshot.failures.length > 0 ? `; ${formatCount(snapshot.failures.length)} could not be read` : "";
  const other = counts.total - counts.high - counts.medium - counts.low;
  return html`<section class="cards">
    ${card("High", formatCount(counts.high), "open high-severity alerts")}
    ${card("Medium", formatCount(counts.medium), "open medium-severity alerts")}
    ${card(
      "Low",
      formatCount(counts.low),
      other > 0
        ? `open low-severity alerts; ${formatCount(other)} of another severity`
        : "open low-severity alerts",
    )}
    ${card("Tenants with high alerts", formatCount(summary.tenantsWithHigh), `of ${formatCount(read)} read${unread}`)}
    ${card("Fetched", formatInstant(snapshot.fetchedAt), `took ${formatDuration(snapshot.durationMs)}`)}
  </section>`;
}

/**
 * Where the caps cut the table short: which tenants have more open alerts than the newest kept of
 * them, and how many the overall cap dropped. Silent when everything is shown.
 */
export function renderCapNotes(snapshot: AlertSnapshot, summary: AlertSummary): SafeHtml {
  const notes: SafeHtml[] = [];
  if (summary.cappedTenants.length > 0) {
    const listed = summary.cappedTenants.map(
      (t, i) =>
        html`${i > 0 ? ", " : ""}${t.name} (${formatCount(t.kept)} of ${formatCount(t.counts.total)})`,
    );
    notes.push(
      html`<p class="note">
        Only the newest ${formatCount(snapshot.perTenantCap)} alerts of a tenant are kept; these tenants have
        more (their counts above include all): ${listed}.
      </p>`,
    );
  }
  if (summary.droppedOverall > 0) {
    notes.push(
      html`<p class="note">
        Only the newest ${formatCount(snapshot.overallCap)} alerts overall are kept;
        ${formatCount(summary.droppedOverall)} older ones are not in the table (but are in the counts).
      </p>`,
    );
  }
  return html`${notes}`;
}

/** The tenants whose alerts could not be read, each with its error (already free of secrets). */
export function renderAlertFailures(snapshot: AlertSnapshot): SafeHtml {
  if (snapshot.failures.length === 0) return html``;
  const rows = snapshot.failures.map(
    (failure) =>
      html`<tr>
        <td>${failure.name}</td>
        <td><code>${failure.tenantId}</code></td>
        <td><span class="badge badge-error">failed</span> ${failure.message}</td>
      </tr>`,
  );
  return html`<section>
    <h2>Tenants that could not be read (${formatCount(snapshot.failures.length)})</h2>
    <p class="note">Their alerts are not in the counts or the table. Each error says what to check.</p>
    <table class="data">
      <thead>
        <tr>
          <th>Tenant</th>
          <th>Id</th>
          <th>Error</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </section>`;
}
