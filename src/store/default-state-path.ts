import { join } from "node:path";
import envPaths from "env-paths";

/**
 * Where the state store lives unless `--state` (or the config's `state`) says otherwise:
 * `state.db` in the user's data directory, e.g. `~/.local/share/centralctl/state.db` on Linux.
 */
export function defaultStatePath(): string {
  return join(envPaths("centralctl", { suffix: "" }).data, "state.db");
}
