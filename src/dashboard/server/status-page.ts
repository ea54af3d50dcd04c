import type { PageResult } from "../dashboard-types.js";
import { html, type SafeHtml } from "../html.js";

/** The page for a request that reached no page (401, 403, 404, 405, 413, 415), or an error's message. */
export function statusPage(status: number, detail?: string): PageResult {
  const [title, text] = STATUS_TEXT[status] ?? ["Error", html`The request could not be served.`];
  return {
    status,
    title,
    body: html`<h1>${title}</h1>
      <p class="note">${detail ?? text}</p>`,
  };
}

const STATUS_TEXT: Record<number, [string, SafeHtml]> = {
  401: [
    "Sign-in needed",
    html`This dashboard opens only through the URL that <code>centralctl dashboard</code> printed when it
      started (it ends in <code>?token=…</code>). Open that URL again, or restart the command for a new one.`,
  ],
  403: [
    "Request refused",
    html`The form was not sent from this dashboard's own page (its anti-forgery field or its origin did not
    match). Reload the page and try again.`,
  ],
  404: ["Not found", html`There is no page at this address. Use the menu above.`],
  405: ["Method not allowed", html`This address does not take that kind of request. Use the menu above.`],
  413: ["Form too large", html`The form sent more than 64 KiB. Send fewer values at once.`],
  415: ["Unsupported form", html`Forms must be sent as <code>application/x-www-form-urlencoded</code>.`],
};
