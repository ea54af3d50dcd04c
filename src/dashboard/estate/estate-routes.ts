import type { DashboardRoute } from "../dashboard-types.js";
import { EstateCache } from "./estate-cache.js";
import { formatCount } from "./format-estate.js";
import { ESTATE_PATH, renderEstatePage } from "./render-estate-page.js";
import { ESTATE_REFRESH_PATH } from "./render-estate-status.js";

/** Options of {@link createEstateRoutes}. */
export interface EstateRoutesOptions {
  /** "Not seen for more than N days" columns; default `[30, 90]`. */
  staleDays?: number[];
}

/** The default stale thresholds in days. */
export const DEFAULT_STALE_DAYS: readonly number[] = [30, 90];

function checkStaleDays(days: readonly number[]): number[] {
  const bad = days.find((d) => !Number.isInteger(d) || d < 1 || d > 3650);
  if (bad !== undefined)
    throw new RangeError(`estate staleDays must be whole numbers of days from 1 to 3650, got ${bad}.`);
  // Ascending, without repeats: the worst-first order reads the last one as the longest.
  return [...new Set(days)].sort((a, b) => a - b);
}

/**
 * The live estate page: `GET /estate` (nav "Estate") shows per-tenant endpoint counts fetched from
 * Sophos Central, and `POST /estate/refresh` starts a background fetch. Nothing is fetched until the
 * user asks. The routes share one in-memory cache, so call this once per server.
 *
 * @example startDashboard({ routes: [...planRoutes, ...createEstateRoutes({ staleDays: [14, 60] })] })
 */
export function createEstateRoutes(options: EstateRoutesOptions = {}): DashboardRoute[] {
  const cache = new EstateCache(checkStaleDays(options.staleDays ?? DEFAULT_STALE_DAYS));
  return [
    {
      method: "GET",
      pattern: ESTATE_PATH,
      nav: "Estate",
      page: async (_context, request) => renderEstatePage(cache.state(), request.query, request.csrfToken),
    },
    {
      method: "POST",
      pattern: ESTATE_REFRESH_PATH,
      action: async (context) => {
        const running = cache.start(context);
        if (running === undefined) {
          return {
            redirect: ESTATE_PATH,
            flash: { kind: "ok", text: "Fetching from Sophos Central; this page updates until it is done." },
          };
        }
        const done =
          running.tenantsTotal === undefined
            ? "still listing tenants"
            : `${formatCount(running.tenantsDone)} of ${formatCount(running.tenantsTotal)} tenants done`;
        return {
          redirect: ESTATE_PATH,
          flash: { kind: "error", text: `A fetch is already running (${done}); this one was not started.` },
        };
      },
    },
  ];
}
