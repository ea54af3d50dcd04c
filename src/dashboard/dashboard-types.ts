import type { CentralClient } from "../central/index.js";
import type { Store } from "../store/index.js";
import type { ExternalTicketCloser } from "../tickets/index.js";
import type { SafeHtml } from "./html.js";

/** What a page or action sees of one HTTP request (already authenticated). */
export interface DashboardRequest {
  /** The path without the query, e.g. `/plans/abc`. */
  path: string;
  query: URLSearchParams;
  /** Named parts of the route pattern, e.g. `{ id: "abc" }` for `/plans/:id`. */
  params: Record<string, string>;
  /** The anti-forgery token every `<form method="post">` must carry as the hidden field `csrf`. */
  csrfToken: string;
}

/** A rendered page: the server wraps `body` in the layout (navigation, styles, flash message). */
export interface PageResult {
  title: string;
  body: SafeHtml;
  /** 200 unless said otherwise (404 for an unknown plan, ...). */
  status?: number;
}

/** The answer to a form POST: where to go next (POST-redirect-GET) and what to tell the user there. */
export interface ActionResult {
  redirect: string;
  flash?: { kind: "ok" | "error"; text: string };
}

/** Everything pages and actions may use. Built once by `centralctl dashboard`. */
export interface DashboardContext {
  readonly store: Store;
  /** Who the journal names for changes made in the dashboard, e.g. `dashboard:alice`. */
  readonly actor: string;
  now(): Date;
  /** Present when a ticket system is configured (docs/tickets.md). */
  readonly closeExternalTicket?: ExternalTicketCloser;
  /**
   * The Sophos Central client, built on first use (credentials are resolved then, so the store pages
   * work without any). Rejects with the usual credential error when none are configured.
   */
  central(): Promise<CentralClient>;
}

/** One route of the dashboard. Patterns are literal segments and `:name` parameters. */
export type DashboardRoute =
  | {
      method: "GET";
      pattern: string;
      /** The navigation label when the page belongs in the top menu. */
      nav?: string;
      page(context: DashboardContext, request: DashboardRequest): Promise<PageResult>;
    }
  | {
      method: "POST";
      pattern: string;
      /** `form` is the url-encoded body, the csrf field already checked and removed. */
      action(
        context: DashboardContext,
        request: DashboardRequest,
        form: URLSearchParams,
      ): Promise<ActionResult>;
    };
