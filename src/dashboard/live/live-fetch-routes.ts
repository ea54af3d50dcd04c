import type { DashboardRoute, PageResult } from "../dashboard-types.js";
import type { LiveFetchCache } from "./live-fetch-cache.js";
import type { LivePage } from "./live-page.js";
import type { LiveProgress, LiveSnapshot, LiveState } from "./live-state.js";

/** Renders a live page from the cache's state and the request's query (filters, sort, page). */
export type RenderLivePage<S extends LiveSnapshot, P extends LiveProgress> = (
  state: LiveState<S, P>,
  query: URLSearchParams,
  csrfToken: string,
) => PageResult;

/**
 * The two routes of a live page: `GET page.path` (in the nav) renders the cached state, and
 * `POST page.refreshPath` starts a background fetch, or refuses with the running one's progress
 * when one is under way (two at once would double the load on Central for the same numbers).
 * Both routes share `cache`, so build them once per server.
 */
export function liveFetchRoutes<S extends LiveSnapshot, P extends LiveProgress>(
  page: LivePage<S, P>,
  cache: LiveFetchCache<S, P>,
  render: RenderLivePage<S, P>,
): DashboardRoute[] {
  return [
    {
      method: "GET",
      pattern: page.path,
      nav: page.nav,
      page: async (_context, request) => render(cache.state(), request.query, request.csrfToken),
    },
    {
      method: "POST",
      pattern: page.refreshPath,
      action: async (context) => {
        const running = cache.start(context);
        if (running === undefined) {
          return {
            redirect: page.path,
            flash: { kind: "ok", text: `${page.fetching}; this page updates until it is done.` },
          };
        }
        return {
          redirect: page.path,
          flash: {
            kind: "error",
            text: `A fetch is already running (${page.describeRefused(running)}); this one was not started.`,
          },
        };
      },
    },
  ];
}
