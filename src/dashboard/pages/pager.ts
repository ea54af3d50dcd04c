import { html, type SafeHtml } from "../html.js";

/** Where one page of a long list starts and ends. */
export interface PageWindow {
  /** 1-based. */
  page: number;
  perPage: number;
  /** Index of the first item shown (0-based). */
  start: number;
  /** Index after the last item shown. */
  end: number;
}

/** The window for `?page=` (1-based; anything that is not a positive whole number means page 1). */
export function pageWindow(query: URLSearchParams, perPage: number): PageWindow {
  const asked = Number(query.get("page") ?? "1");
  const page = Number.isSafeInteger(asked) && asked > 0 ? asked : 1;
  const start = (page - 1) * perPage;
  return { page, perPage, start, end: start + perPage };
}

/** Whether the item at `index` (0-based, in list order) is on the page. */
export function onPage(window: PageWindow, index: number): boolean {
  return index >= window.start && index < window.end;
}

/**
 * Previous/next links that keep every other query parameter (the filters), and where the user is.
 * Renders nothing when everything fits on one page.
 */
export function renderPager(
  path: string,
  query: URLSearchParams,
  window: PageWindow,
  total: number,
): SafeHtml {
  const pages = Math.max(1, Math.ceil(total / window.perPage));
  if (pages <= 1 && window.page === 1) return html``;
  const link = (page: number, label: string): SafeHtml => {
    const next = new URLSearchParams(query);
    next.set("page", String(page));
    return html`<a href="${path}?${next.toString()}">${label}</a>`;
  };
  return html`<nav class="pager">
    ${window.page > 1 ? link(Math.min(window.page - 1, pages), "« Previous") : html`<span class="muted">« Previous</span>`}
    <span>Page ${window.page} of ${pages} (${total} matching)</span>
    ${window.page < pages ? link(window.page + 1, "Next »") : html`<span class="muted">Next »</span>`}
  </nav>`;
}
