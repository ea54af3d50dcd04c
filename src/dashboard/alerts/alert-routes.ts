import type { DashboardRoute } from "../dashboard-types.js";
import { AlertCache, type AlertCaps } from "./alert-cache.js";
import { ALERTS_PATH, renderAlertsPage } from "./render-alerts-page.js";
import { ALERTS_REFRESH_PATH, describeAlertProgress } from "./render-alert-status.js";

/**
 * The live alerts page: `GET /alerts` (nav "Alerts") lists every tenant's open alerts fetched from
 * Sophos Central, newest first with filters, and `POST /alerts/refresh` starts a background fetch.
 * Nothing is fetched until the user asks. The routes share one in-memory cache, so call this once
 * per server. `caps` lowers the kept-alert caps (tests); the defaults are 200 a tenant, 5,000 overall.
 *
 * @example startDashboard({ routes: [...createEstateRoutes(), ...createAlertRoutes()] })
 */
export function createAlertRoutes(caps: AlertCaps = {}): DashboardRoute[] {
  const cache = new AlertCache(caps);
  return [
    {
      method: "GET",
      pattern: ALERTS_PATH,
      nav: "Alerts",
      page: async (_context, request) => renderAlertsPage(cache.state(), request.query, request.csrfToken),
    },
    {
      method: "POST",
      pattern: ALERTS_REFRESH_PATH,
      action: async (context) => {
        const running = cache.start(context);
        if (running === undefined) {
          return {
            redirect: ALERTS_PATH,
            flash: {
              kind: "ok",
              text: "Fetching alerts from Sophos Central; this page updates until it is done.",
            },
          };
        }
        return {
          redirect: ALERTS_PATH,
          flash: {
            kind: "error",
            text: `A fetch is already running (${describeAlertProgress(running)}); this one was not started.`,
          },
        };
      },
    },
  ];
}
