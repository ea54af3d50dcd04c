import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../util/logger.js";
import type { DashboardContext, DashboardRequest, DashboardRoute, PageResult } from "../dashboard-types.js";
import { isAllowedHost } from "./allowed-hosts.js";
import { DASHBOARD_CSS } from "./dashboard-css.js";
import type { DashboardSession } from "./dashboard-session.js";
import { describePageError } from "./describe-page-error.js";
import type { Flash, FlashMessages } from "./flash-messages.js";
import { localRedirect } from "./local-redirect.js";
import { matchRoute } from "./match-route.js";
import { isFormPost, readFormBody } from "./read-form-body.js";
import { navFromRoutes, renderLayout } from "./render-layout.js";
import { sendRedirect, sendResponse } from "./send-response.js";
import { statusPage } from "./status-page.js";

/** What the request handler works with; built once per server. */
export interface DashboardHandlerDeps {
  context: DashboardContext;
  routes: readonly DashboardRoute[];
  session: DashboardSession;
  allowedHosts: ReadonlySet<string>;
  flashes: FlashMessages;
  logger: Logger;
}

/**
 * The dashboard's request handler. Checks run cheapest and most fundamental first: the Host header
 * (DNS rebinding), the one-time `?token=` exchange for a cookie, the cookie, the route, and for a
 * POST the form type, Origin, size and CSRF field. Only then does a page or action run.
 */
export function createDashboardHandler(
  deps: DashboardHandlerDeps,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const nav = navFromRoutes(deps.routes);
  const { session, context } = deps;

  const sendPage = (
    response: ServerResponse,
    path: string,
    page: PageResult,
    flash?: Flash,
    headers: Record<string, string> = {},
  ): void => {
    const signedIn = page.status !== 401;
    const document = renderLayout({
      title: page.title,
      body: page.body,
      nav: signedIn ? nav : [],
      path,
      flash,
      storeLocation: signedIn ? context.store.location : undefined,
    });
    sendResponse(response, page.status ?? 200, document, headers);
  };

  const sendError = (response: ServerResponse, path: string, error: unknown): void => {
    const view = describePageError(error);
    deps.logger.debug("dashboard page failed", {
      path,
      error: view.message,
      ...(view.expected || !(error instanceof Error) ? {} : { stack: error.stack }),
    });
    const title = view.status === 400 ? "Bad request" : "Something went wrong";
    sendPage(response, path, {
      ...statusPage(view.status, view.message),
      title,
    });
  };

  return async (request, response) => {
    const method = request.method ?? "GET";
    if (!isAllowedHost(deps.allowedHosts, request.headers.host)) {
      sendResponse(response, 421, "Misdirected Request: this dashboard answers only at its own address.\n", {
        "Content-Type": "text/plain; charset=utf-8",
      });
      return;
    }
    const url = new URL(request.url ?? "/", "http://dashboard.invalid");
    const path = url.pathname;

    if (path === "/assets/dashboard.css" && method === "GET") {
      // Served before sign-in: the 401 page uses it, and it holds nothing but styles.
      sendResponse(response, 200, DASHBOARD_CSS, { "Content-Type": "text/css; charset=utf-8" });
      return;
    }
    if (method === "GET" && url.searchParams.has("token")) {
      if (!session.isToken(url.searchParams.get("token") ?? undefined)) {
        sendPage(response, path, statusPage(401));
        return;
      }
      url.searchParams.delete("token");
      // Through localRedirect: a path such as `/.//evil.example` normalises to `//evil.example`,
      // which a browser would follow off the site.
      sendRedirect(response, localRedirect(`${path}${url.search}`), { "Set-Cookie": session.setCookie });
      return;
    }
    if (!session.hasSessionCookie(request.headers.cookie)) {
      sendPage(response, path, statusPage(401));
      return;
    }

    const match = matchRoute(deps.routes, method, path);
    if (match.kind === "not-found") return sendPage(response, path, statusPage(404));
    if (match.kind === "wrong-method") {
      return sendPage(response, path, statusPage(405), undefined, { Allow: match.allow.join(", ") });
    }
    const { route, params } = match;
    const dashboardRequest: DashboardRequest = {
      path,
      query: url.searchParams,
      params,
      csrfToken: session.csrfToken,
    };

    if (route.method === "GET") {
      const flash = deps.flashes.take(url.searchParams.get("flash"));
      url.searchParams.delete("flash");
      try {
        sendPage(response, path, await route.page(context, dashboardRequest), flash);
      } catch (error) {
        sendError(response, path, error);
      }
      return;
    }

    if (!isFormPost(request)) return sendPage(response, path, statusPage(415));
    // The Host header passed the allow-list above; browsers may spell it in another case than Origin.
    const origin = request.headers.origin?.toLowerCase();
    if (origin !== undefined && origin !== `http://${request.headers.host?.toLowerCase()}`) {
      return sendPage(response, path, statusPage(403));
    }
    const body = await readFormBody(request);
    if (body.kind === "too-large") {
      sendPage(response, path, statusPage(413));
      return;
    }
    const form = new URLSearchParams(body.text);
    if (!session.isCsrfToken(form.get("csrf"))) return sendPage(response, path, statusPage(403));
    form.delete("csrf");
    try {
      const result = await route.action(context, dashboardRequest, form);
      const flashId = result.flash === undefined ? undefined : deps.flashes.put(result.flash);
      sendRedirect(response, localRedirect(result.redirect, flashId));
    } catch (error) {
      sendError(response, path, error);
    }
  };
}
