/**
 * Exit codes of the `centralctl` binary, documented in README.md. Scripts and schedulers rely on them,
 * so they only ever grow.
 */
export const ExitCode = {
  /** Everything asked for was done. */
  ok: 0,
  /** An unexpected failure (a bug, or a remote error that is not covered below). */
  failure: 1,
  /** The command line or an input file was wrong: nothing was done. */
  usage: 2,
  /** Some tenants failed and were skipped; the others finished (see stderr for which and why). */
  partial: 3,
  /** Credentials are missing or were rejected. */
  authentication: 4,
  /** Stopped by Ctrl-C before it finished (128 + SIGINT, as shells report it); stderr says what was left. */
  interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
