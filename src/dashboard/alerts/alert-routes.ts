import type { DashboardRoute } from "../dashboard-types.js";
import { LiveFetchCache } from "../live/live-fetch-cache.js";
import { liveFetchRoutes } from "../live/live-fetch-routes.js";
import type { AlertProgress, AlertSnapshot } from "./alert-snapshot.js";
import { ALERTS_LIVE_PAGE } from "./alerts-live-page.js";
import { fetchAlerts, type AlertCaps } from "./fetch-alerts.js";
import { renderAlertsPage } from "./render-alerts-page.js";

/**
 * The live alerts page: `GET /alerts` (nav "Alerts") lists every tenant's open alerts fetched from
 * Sophos Central, newest first with filters, and `POST /alerts/refresh` starts a background fetch.
 * Nothing is fetched until the user asks. The routes share one in-memory cache, so call this once
 * per server. `caps` lowers the kept-alert caps (tests); the defaults are 200 a tenant, 5,000 overall.
 *
 * @example startDashboard({ routes: [...createEstateRoutes(), ...createAlertRoutes()] })
 */
export function createAlertRoutes(caps: AlertCaps = {}): DashboardRoute[] {
  const fixed = { ...caps };
  const cache = new LiveFetchCache<AlertSnapshot, AlertProgress>({
    startProgress: (common) => ({ ...common, alerts: 0 }),
    fetch: (client, progress) => fetchAlerts(client, { ...fixed, now: progress.startedAt, progress }),
  });
  return liveFetchRoutes(ALERTS_LIVE_PAGE, cache, renderAlertsPage);
}
