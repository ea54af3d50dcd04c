import type { RouteDef } from "../routing/route-types.js";
import { ADMIN_ROLE_ROUTES } from "./admin-role-routes.js";
import { ALERT_ROUTES } from "./alert-routes.js";
import { ENDPOINT_ACTION_ROUTES } from "./endpoint-action-routes.js";
import { ENDPOINT_GROUP_ROUTES } from "./endpoint-group-routes.js";
import { ENDPOINT_ROUTES } from "./endpoint-routes.js";
import { FIREWALL_ROUTES } from "./firewall-routes.js";
import { ISOLATION_ROUTES } from "./isolation-routes.js";
import { TENANT_ROUTES } from "./tenant-routes.js";
import { tokenRoute } from "./token-route.js";
import { WEB_CONTROL_ROUTES } from "./web-control-routes.js";
import { whoamiRoute } from "./whoami-route.js";
import { SIEM_ROUTES } from "./siem-routes.js";
import { QUERY_API_ROUTES } from "../live-discover/query-api-routes.js";

/**
 * Every route the Central simulator serves. A new API (Live Discover, XDR Data Lake, SIEM) is one
 * more module exporting a `RouteDef[]` over the same estate, added to this list.
 */
export const ALL_ROUTES: readonly RouteDef[] = [
  tokenRoute,
  whoamiRoute,
  ...TENANT_ROUTES,
  ...ENDPOINT_ROUTES,
  ...ENDPOINT_ACTION_ROUTES,
  ...ENDPOINT_GROUP_ROUTES,
  ...ISOLATION_ROUTES,
  ...ALERT_ROUTES,
  ...WEB_CONTROL_ROUTES,
  ...ADMIN_ROLE_ROUTES,
  ...FIREWALL_ROUTES,
  ...QUERY_API_ROUTES,
  ...SIEM_ROUTES,
];
