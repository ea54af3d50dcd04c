import { DirectoryFileError, LdapError } from "../../../directory/index.js";
import { PolicyError } from "../../../hygiene/index.js";
import { StoreError } from "../../../store/index.js";
import { CliError, UsageError } from "../../cli-error.js";
import { ExitCode } from "../../exit-codes.js";

/**
 * Gives the hygiene inputs' own errors (policy, export file, LDAP, store) the exit code they deserve;
 * their messages already name the file:line or server and what to do. Anything else is rethrown.
 */
export function asCliError(error: unknown): unknown {
  if (error instanceof PolicyError || error instanceof DirectoryFileError) {
    return new UsageError(error.message, { cause: error });
  }
  if (error instanceof RangeError && /time zone|delimiter/i.test(error.message)) {
    return new UsageError(error.message, { cause: error });
  }
  if (error instanceof LdapError) {
    const code =
      error.kind === "bind"
        ? ExitCode.authentication
        : error.kind === "options"
          ? ExitCode.usage
          : ExitCode.failure;
    return new CliError(error.message, code, { cause: error });
  }
  if (error instanceof StoreError) return new CliError(error.message, ExitCode.usage, { cause: error });
  return error;
}

/** Runs `body`, translating input errors with {@link asCliError}. */
export async function withInputErrors<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw asCliError(error);
  }
}
