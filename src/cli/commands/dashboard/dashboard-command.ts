import { userInfo } from "node:os";
import type { DashboardContext } from "../../../dashboard/dashboard-types.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import { checkDashboardHost } from "./check-dashboard-host.js";
import { dashboardTicketCloser } from "./external-ticket-closer.js";
import { startDashboard } from "./start-dashboard.js";
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
    const dashboard = await startDashboard({
      context: dashboardContext,
      host: flags.host,
      port: flags.port,
      logger: context.logger,
    });
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

// userInfo() throws on accounts without a passwd entry (some containers); the journal still needs a name.
function currentUser(env: NodeJS.ProcessEnv): string {
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? env.USERNAME ?? "unknown";
  }
}
