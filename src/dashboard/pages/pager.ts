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

/**
 * The window for `?page=` (1-based). Only plain digits count, as the pager writes them: `1e3` or
 * `0x10` typed into the address bar mean page 1, not page 1000 or 16. The page is capped so that
 * its offset stays a whole number SQLite and the loops can use exactly.
 */
export function pageWindow(query: URLSearchParams, perPage: number): PageWindow {
  const text = query.get("page") ?? "";
  const asked = /^\d{1,16}$/.test(text) ? Number(text) : 1;
  const last = Math.floor(Number.MAX_SAFE_INTEGER / perPage);
  const page = Math.min(Math.max(asked, 1), last);
  const start = (page - 1) * perPage;
  return { page, perPage, start, end: start + perPage };
}

/** Whether the item at `index` (0-based, in list order) is on the page. */
export function onPage(window: PageWindow, index: number): boolean {
  return index >= window.start && index < window.end;
}

/**
 * What an empty page says when items do match but the page number is past the last one (an old
 * bookmark, a filter that narrowed the list): without it the page claims nothing matches.
 * Renders nothing when the page is not past the end.
 * @example pastLastPage(model.window, model.matched, "decisions") ?? html`<p>No decisions match.</p>`
 */
export function pastLastPage(window: PageWindow, total: number, items: string): SafeHtml | undefined {
  if (total === 0 || window.start < total) return undefined;
  return html`<p class="empty">
    Page ${window.page} is past the last page of these ${items}; the pager below leads back.
  </p>`;
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
  // Past the end, "Previous" jumps to the last page rather than one back into more empty pages.
  return html`<nav class="pager">
    ${window.page > 1 ? link(Math.min(window.page - 1, pages), "« Previous") : html`<span class="muted">« Previous</span>`}
    <span>Page ${window.page} of ${pages} (${total} matching)</span>
    ${window.page < pages ? link(window.page + 1, "Next »") : html`<span class="muted">Next »</span>`}
  </nav>`;
}
