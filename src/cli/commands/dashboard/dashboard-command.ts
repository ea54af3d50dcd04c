import { userInfo } from "node:os";
import type { DashboardContext, DashboardRoute } from "../../../dashboard/dashboard-types.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import { checkDashboardHost } from "./check-dashboard-host.js";
import { describeListenError } from "./describe-listen-error.js";
import { dashboardTicketCloser } from "./external-ticket-closer.js";
import { waitForStopSignal } from "./wait-for-stop-signal.js";

/** The port `centralctl dashboard` listens on unless `--port` says otherwise. */
export const DEFAULT_DASHBOARD_PORT = 7878;

/** Flags of `centralctl dashboard`. */
export interface DashboardFlags {
  port: number;
  host: string;
  allowRemote: boolean;
}

/**
 * `centralctl dashboard`: serve the dashboard over this invocation's state store and Central client
 * until SIGINT/SIGTERM. stdout gets exactly one line, `centralctl dashboard: open <url>`, whose
 * token is the only way in; everything else (the remote warning, --verbose request logs) goes to
 * stderr.
 */
export async function dashboardCommand(
  context: CommandContext,
  flags: DashboardFlags,
): Promise<ExitCodeValue> {
  const warning = checkDashboardHost(flags.host, flags.allowRemote);
  const store = await context.store();
  const actor = `dashboard:${currentUser(context.terminal.env)}`;
  const tickets = await dashboardTicketCloser(context, store, actor);
  try {
    const dashboardContext: DashboardContext = {
      store,
      actor,
      now: () => new Date(),
      central: () => context.client(),
      ...(tickets.closer === undefined ? {} : { closeExternalTicket: tickets.closer }),
    };
    // Loaded on demand, as `sim` does: the pages are start-up time every other command would pay.
    const { createDashboardServer } = await import("../../../dashboard/server/index.js");
    let dashboard;
    try {
      dashboard = await createDashboardServer({
        context: dashboardContext,
        routes: await dashboardRoutes(),
        host: flags.host,
        port: flags.port,
        logger: context.logger,
      });
    } catch (error) {
      throw describeListenError(error, flags.host, flags.port);
    }
    if (warning !== undefined) context.terminal.stderr.write(warning);
    context.terminal.stdout.write(`centralctl dashboard: open ${dashboard.url}\n`);
    const signal = await waitForStopSignal();
    context.logger.info("dashboard stopping", { signal });
    await dashboard.close();
    return ExitCode.ok;
  } finally {
    await tickets.close();
  }
}

/**
 * Every page: the store pages (overview, plans, review, then hunts, then quarantine, audit,
 * delivery), then the live estate, then the live alerts.
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

// userInfo() throws on accounts without a passwd entry (some containers); the journal still needs a name.
function currentUser(env: NodeJS.ProcessEnv): string {
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? env.USERNAME ?? "unknown";
  }
}
