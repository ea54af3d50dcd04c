import { ExitCode, type ExitCodeValue } from "./exit-codes.js";

/**
 * An error meant for the person at the terminal: its message says what was wrong, where, and what to
 * do next, and it carries the exit code. Commands throw it; only `main.ts` turns it into an exit.
 */
export class CliError extends Error {
  readonly exitCode: ExitCodeValue;

  constructor(message: string, exitCode: ExitCodeValue = ExitCode.failure, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** A wrong flag value or input file: exit code 2. */
export class UsageError extends CliError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, ExitCode.usage, options);
    this.name = "UsageError";
  }
}
