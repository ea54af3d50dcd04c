import type { CommandGroup } from "./command-group.js";
import { registerSiemCommands } from "./commands/siem/register-siem-commands.js";
import { registerLocalSiteCommands } from "./commands/local-sites/register-local-site-commands.js";
import { registerHygieneCommands } from "./commands/hygiene/register-hygiene-commands.js";
import { registerHuntCommands } from "./commands/hunt/register-hunt-commands.js";
import { registerDashboardCommands } from "./commands/dashboard/register-dashboard-commands.js";

/**
 * Command groups that live in their own folder under `commands/`, each adding its subcommands to the
 * program. Listed here so that `program.ts` stays a plain parser of the connector commands.
 */
export const COMMAND_GROUPS: readonly CommandGroup[] = [
  registerHygieneCommands,
  registerSiemCommands,
  registerLocalSiteCommands,
  registerHuntCommands,
  registerDashboardCommands,
];
