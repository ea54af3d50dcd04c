import type { DashboardRoute } from "../dashboard-types.js";
import { LiveFetchCache } from "../live/live-fetch-cache.js";
import { liveFetchRoutes } from "../live/live-fetch-routes.js";
import { ESTATE_LIVE_PAGE } from "./estate-live-page.js";
import type { EstateProgress, EstateSnapshot } from "./estate-snapshot.js";
import { fetchEstate } from "./fetch-estate.js";
import { renderEstatePage } from "./render-estate-page.js";

/** Options of {@link createEstateRoutes}. */
export interface EstateRoutesOptions {
  /** "Not seen for more than N days" columns; default `[30, 90]`. */
  staleDays?: number[];
}

/** The default stale thresholds in days. */
const DEFAULT_STALE_DAYS: readonly number[] = [30, 90];

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
  const staleDays = checkStaleDays(options.staleDays ?? DEFAULT_STALE_DAYS);
  const cache = new LiveFetchCache<EstateSnapshot, EstateProgress>({
    startProgress: (common) => ({ ...common, endpoints: 0 }),
    fetch: (client, progress) => fetchEstate(client, { now: progress.startedAt, staleDays, progress }),
  });
  return liveFetchRoutes(ESTATE_LIVE_PAGE, cache, renderEstatePage);
}
