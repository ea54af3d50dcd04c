import { html, type SafeHtml } from "../html.js";

/** What one summary card shows; `big` and `sub` are escaped unless they are already markup. */
export interface SummaryCard {
  label: string;
  /** The one figure or word the card is about. */
  big: SafeHtml | string | number;
  /** A line of detail under it. */
  sub?: SafeHtml | string | number;
  /** Where the label leads (the page with the details), if anywhere. */
  href?: string;
}

/**
 * One card of a `section.cards` row, as the Overview, Plan and Hunt pages show their figures.
 * @example html`<section class="cards">${summaryCard({ label: "Hits", big: 3, href: "/hunts/1" })}</section>`
 */
export function summaryCard(card: SummaryCard): SafeHtml {
  const label = card.href === undefined ? card.label : html`<a href="${card.href}">${card.label}</a>`;
  return html`<div class="card">
    <h3>${label}</h3>
    <p class="big">${card.big}</p>
    ${card.sub === undefined ? false : html`<p class="sub">${card.sub}</p>`}
  </div>`;
}
