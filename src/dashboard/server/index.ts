/** The dashboard's HTTP server: routing, session, security checks, layout and stylesheet. */
export {
  createDashboardServer,
  type DashboardServerOptions,
  type RunningDashboard,
} from "./create-dashboard-server.js";
export { isLoopbackHost, isWildcardHost } from "./is-loopback-host.js";
export { DASHBOARD_CSS } from "./dashboard-css.js";
export { matchRoute, type RouteMatch } from "./match-route.js";
