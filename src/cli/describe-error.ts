import { AuthenticationError, CentralError, UnknownTenantError } from "../central/index.js";
import { ConfigError } from "../config/index.js";
import { SecretError } from "../secrets/index.js";
import { redactSecrets } from "../util/redact.js";
import { CliError } from "./cli-error.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";

/**
 * Turn any error into the one line the person sees and the exit code scripts see. Messages pass
 * through redaction a last time, whatever their origin.
 */
export function describeError(error: unknown): { message: string; exitCode: ExitCodeValue } {
  const message = redactSecrets(error instanceof Error ? error.message : String(error));
  if (error instanceof CliError) return { message, exitCode: error.exitCode };
  if (error instanceof AuthenticationError || error instanceof SecretError) {
    return { message, exitCode: ExitCode.authentication };
  }
  if (error instanceof ConfigError) return { message, exitCode: ExitCode.usage };
  if (error instanceof UnknownTenantError) return { message, exitCode: ExitCode.usage };
  if (error instanceof CentralError) return { message, exitCode: ExitCode.failure };
  const code = (error as { exitCode?: unknown } | undefined)?.exitCode;
  if (typeof code === "number" && Object.values(ExitCode).includes(code as ExitCodeValue)) {
    return { message, exitCode: code as ExitCodeValue };
  }
  return {
    message: `${message} (unexpected; run again with --verbose for details)`,
    exitCode: ExitCode.failure,
  };
}
