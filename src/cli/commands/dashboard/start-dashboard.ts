import type { DashboardContext } from "../../../dashboard/dashboard-types.js";
import type { RunningDashboard } from "../../../dashboard/server/index.js";
import type { Logger } from "../../../util/logger.js";
import { dashboardRoutes } from "./dashboard-routes.js";
import { describeListenError } from "./describe-listen-error.js";

/** Where and how {@link startDashboard} listens. */
export interface StartDashboardOptions {
  context: DashboardContext;
  host: string;
  port: number;
  logger: Logger;
}

/**
 * Listen with every page over `context`, for `centralctl dashboard` and `demo --dashboard` alike. A
 * port in use or not allowed becomes the message that says which and what to pass instead.
 */
export async function startDashboard(options: StartDashboardOptions): Promise<RunningDashboard> {
  const { host, port } = options;
  // Loaded on demand, as `sim` is: the server is start-up time every other command would pay.
  const { createDashboardServer } = await import("../../../dashboard/server/index.js");
  const routes = await dashboardRoutes();
  try {
    return await createDashboardServer({
      context: options.context,
      routes,
      host,
      port,
      logger: options.logger,
    });
  } catch (error) {
    throw describeListenError(error, host, port);
  }
}
