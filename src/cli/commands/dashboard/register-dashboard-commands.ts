import type { CommandGroup } from "../../command-group.js";
import { parseIntegerFlag } from "../../parse-time.js";
import { DEFAULT_DASHBOARD_PORT, dashboardCommand } from "./dashboard-command.js";

/** Adds `centralctl dashboard`: the local web dashboard over the state store and Sophos Central. */
export const registerDashboardCommands: CommandGroup = ({ program, context, setExitCode }) => {
  program
    .command("dashboard")
    .description(
      "serve the local web dashboard (plans, review queue, hunts, quarantine, audit, delivery spool, live estate and alerts); prints the URL to open",
    )
    .option(
      "--port <n>",
      "port to listen on; 0 picks any free port",
      (v) => parseIntegerFlag("--port", v, 0, 65535),
      DEFAULT_DASHBOARD_PORT,
    )
    .option("--host <address>", "address to listen on (loopback unless --allow-remote)", "127.0.0.1")
    .option(
      "--allow-remote",
      "allow a --host other than loopback: anyone who can reach it and has the URL can act on the state store",
      false,
    )
    .action(async (options: { port: number; host: string; allowRemote: boolean }) => {
      setExitCode(await dashboardCommand(context(), options));
    });
};
