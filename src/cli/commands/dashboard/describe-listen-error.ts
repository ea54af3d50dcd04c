import { CliError, UsageError } from "../../cli-error.js";

/** The error a user sees when the dashboard cannot listen: what, where, and what to try instead. */
export function describeListenError(error: unknown, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `${host}:${port}`;
  switch (code) {
    case "EADDRINUSE":
      return new CliError(
        `port ${port} on ${host} is already in use (another centralctl dashboard?); give another with --port N, or --port 0 for any free port`,
        undefined,
        { cause: error },
      );
    case "EACCES":
      return new CliError(
        `not allowed to listen on ${where} (ports below 1024 need privileges); give --port 0 or a port above 1023`,
        undefined,
        { cause: error },
      );
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new UsageError(`--host ${host} is not an address of this machine; check --host`, {
        cause: error,
      });
    default:
      return new CliError(
        `cannot listen on ${where} (${code ?? String(error)}); try another --port or --host`,
        undefined,
        { cause: error },
      );
  }
}
