import { formatCount, formatDuration, formatInstant } from "../live/format-live.js";
import { html, type SafeHtml } from "../html.js";
import { renderTenantFailures } from "../live/render-tenant-failures.js";
import { summaryCard } from "../pages/summary-card.js";
import type { AlertSnapshot } from "./alert-snapshot.js";
import type { AlertSummary } from "./summarize-alerts.js";

function card(label: string, big: string, sub: string): SafeHtml {
  return summaryCard({ label, big, sub });
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
  return renderTenantFailures(snapshot.failures, "Their alerts are not in the counts or the table.");
}
