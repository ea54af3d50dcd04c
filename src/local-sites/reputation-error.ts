/** Why a reputation lookup failed. */
export type ReputationErrorKind = "credentials" | "rate-limited" | "unavailable" | "rejected" | "bad-reply";

/**
 * A reputation service could not answer. `fatal` errors (credentials refused) stop the whole run,
 * because every other lookup would fail the same way; the others only leave one site unclassified.
 * Messages never carry a credential or token.
 */
export class ReputationError extends Error {
  readonly kind: ReputationErrorKind;
  readonly fatal: boolean;
  readonly status: number | undefined;

  constructor(
    message: string,
    kind: ReputationErrorKind,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ReputationError";
    this.kind = kind;
    this.fatal = kind === "credentials";
    this.status = options.status;
  }
}
