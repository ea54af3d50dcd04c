import { html, type SafeHtml } from "../html.js";
import type { EstateSnapshot } from "./estate-snapshot.js";
import { sumTallies, type EstateTally } from "./estate-tally.js";
import { formatCount } from "../live/format-live.js";
import { renderTenantFailures } from "../live/render-tenant-failures.js";
import { summaryCard } from "../pages/summary-card.js";

function card(label: string, big: number, sub: string): SafeHtml {
  return summaryCard({ label, big: formatCount(big), sub });
}

function alertsSub(snapshot: EstateSnapshot, all: EstateTally): string {
  const counts = `${formatCount(all.alerts.medium)} medium, ${formatCount(all.alerts.low)} low open`;
  const unread = snapshot.rows.filter((row) => row.alertsError !== undefined).length;
  // Said on the card, or a total of 0 would read as "no alerts" for tenants nobody could check.
  return unread === 0 ? counts : `${counts}; alerts of ${formatCount(unread)} tenants could not be read`;
}

/** Summary cards over every tenant that was read: the numbers to look at first. */
export function renderEstateCards(snapshot: EstateSnapshot): SafeHtml {
  const all = sumTallies(
    snapshot.rows.map((row) => row.tally),
    snapshot.staleDays.length,
  );
  const lastStale = snapshot.staleDays.length - 1;
  const staleCard =
    lastStale >= 0
      ? card(
          `Not seen > ${snapshot.staleDays[lastStale]} days`,
          all.stale[lastStale] ?? 0,
          `of ${formatCount(all.total)} endpoints`,
        )
      : "";
  return html`<section class="cards">
    ${card(
      "Tenants",
      snapshot.rows.length + snapshot.failures.length,
      snapshot.failures.length > 0
        ? `${formatCount(snapshot.failures.length)} could not be read`
        : "all read",
    )}
    ${card(
      "Endpoints",
      all.total,
      `${formatCount(all.computers)} computers, ${formatCount(all.servers)} servers, ${formatCount(all.online)} online`,
    )}
    ${card("Bad health", all.health.bad, `${formatCount(all.health.suspicious)} suspicious`)}
    ${card("High alerts", all.alerts.high, alertsSub(snapshot, all))} ${staleCard}
    ${card("Tamper protection off", all.tamperOff, `of ${formatCount(all.total)} endpoints`)}
    ${card("Isolated", all.isolated, `${formatCount(all.adminIsolated)} by an admin, ${formatCount(all.selfIsolated)} self`)}
  </section>`;
}

/** The tenants that could not be read, each with its error (already free of secrets). */
export function renderEstateFailures(snapshot: EstateSnapshot): SafeHtml {
  return renderTenantFailures(snapshot.failures, "Their endpoints are not in the counts below.");
}
