import type { Command } from "commander";
import type { CommandContext } from "./context.js";
import type { ExitCodeValue } from "./exit-codes.js";

/**
 * What a group of subcommands (hygiene, hunt, siem, ...) receives to register itself: the program,
 * the lazily created context, and where to put the command's exit code.
 */
export interface CommandGroupHost {
  program: Command;
  context(): CommandContext;
  setExitCode(code: ExitCodeValue): void;
}

/** A function that adds one group of subcommands to the program. */
export type CommandGroup = (host: CommandGroupHost) => void;
