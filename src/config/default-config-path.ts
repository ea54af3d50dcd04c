import { join } from "node:path";
import envPaths from "env-paths";

/**
 * Where the configuration file is looked for when neither `--config` nor `CENTRALCTL_CONFIG` is
 * given, e.g. `~/.config/centralctl/config.json` on Linux. A missing file there means "no config".
 */
export function defaultConfigPath(): string {
  return join(envPaths("centralctl", { suffix: "" }).config, "config.json");
}
