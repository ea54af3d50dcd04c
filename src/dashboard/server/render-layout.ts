import type { DashboardRoute } from "../dashboard-types.js";
import { html, type SafeHtml } from "../html.js";
import type { Flash } from "./flash-messages.js";

/** One entry of the top navigation. */
export interface NavItem {
  label: string;
  href: string;
}

/** Everything the page frame shows around a page's body. */
export interface LayoutInput {
  title: string;
  body: SafeHtml;
  /** Empty for pages shown before sign-in (401), which must not hint at what is inside. */
  nav: readonly NavItem[];
  /** The request path, to mark the current section. */
  path: string;
  flash?: Flash | undefined;
  /** The state store the pages read, shown in the footer so nobody edits the wrong one. */
  storeLocation?: string | undefined;
}

/** The navigation entries: GET routes with a `nav` label and no parameters, in route order. */
export function navFromRoutes(routes: readonly DashboardRoute[]): NavItem[] {
  return routes.flatMap((route) =>
    route.method === "GET" && route.nav !== undefined && !route.pattern.includes(":")
      ? [{ label: route.nav, href: route.pattern }]
      : [],
  );
}

/**
 * The whole HTML document for a page. A nav entry is current on its own path and below it (so
 * `/plans/abc` marks "Plans"); `/` is current only on itself. The empty data: icon stops browsers
 * asking for /favicon.ico on every page.
 */
export function renderLayout(input: LayoutInput): string {
  const current = (href: string): boolean =>
    href === "/" ? input.path === "/" : input.path === href || input.path.startsWith(`${href}/`);
  const header =
    input.nav.length === 0
      ? html``
      : html`<header>
          <nav class="top">
            <a class="brand" href="/">centralctl</a>
            <ul>
              ${input.nav.map(
                (item) =>
                  html`<li>
                    <a href="${item.href}" ${current(item.href) ? html`aria-current="page"` : html``}
                      >${item.label}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
        </header>`;
  const flash =
    input.flash === undefined
      ? html``
      : html`<p class="flash flash-${input.flash.kind === "ok" ? "ok" : "error"}" role="status">
          ${input.flash.text}
        </p>`;
  const footer =
    input.storeLocation === undefined
      ? html``
      : html`<footer>State store <code>${input.storeLocation}</code></footer>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${input.title} · centralctl</title>
        <link rel="stylesheet" href="/assets/dashboard.css" />
        <link rel="icon" href="data:," />
      </head>
      <body>
        ${header}
        <main>${flash}${input.body}</main>
        ${footer}
      </body>
    </html>`.value;
}
