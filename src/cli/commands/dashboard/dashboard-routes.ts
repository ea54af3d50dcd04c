import type { DashboardRoute } from "../../../dashboard/dashboard-types.js";

/**
 * Every page: the store pages (overview, plans, review, then hunts, then quarantine, audit,
 * delivery), then the live estate, then the live alerts. Loaded on demand, as `sim` is: the pages
 * are start-up time every other command would pay.
 */
export async function dashboardRoutes(): Promise<DashboardRoute[]> {
  const { STORE_ROUTES } = await import("../../../dashboard/pages/store-routes.js");
  const { HUNT_ROUTES } = await import("../../../dashboard/hunts/hunt-routes.js");
  const { createEstateRoutes } = await import("../../../dashboard/estate/estate-routes.js");
  const { createAlertRoutes } = await import("../../../dashboard/alerts/alert-routes.js");
  // The menu follows route order: Hunts goes right after Review (and Review's actions).
  const cut = STORE_ROUTES.findIndex((r) => r.method === "GET" && r.pattern === "/quarantine");
  const at = cut === -1 ? STORE_ROUTES.length : cut;
  return [
    ...STORE_ROUTES.slice(0, at),
    ...HUNT_ROUTES,
    ...STORE_ROUTES.slice(at),
    ...createEstateRoutes(),
    ...createAlertRoutes(),
  ];
}
