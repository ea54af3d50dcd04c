import { z } from "zod";
import { CentralError } from "../../central/index.js";
import { ConfigError } from "../../config/index.js";
import { SecretError } from "../../secrets/index.js";
import { StoreError } from "../../store/index.js";
import { TicketError, TicketSettingsError } from "../../tickets/index.js";
import { redactSecrets } from "../../util/redact.js";

/** How a failed page or action is shown: the status and the one message the user reads. */
export interface PageErrorView {
  status: 400 | 500;
  message: string;
  /** False for a bug: the message then says where to find the details. */
  expected: boolean;
}

/**
 * Turn what a page or action threw into what the user sees. Errors written for people (store,
 * configuration, secrets, Central, tickets, and the CLI's errors, which carry an `exitCode`) show
 * their message; a usage error or invalid input is a 400. Anything else is a bug: its message is
 * still shown (it is usually the best clue) with a pointer to the log. Every message passes through
 * redaction; a stack trace never reaches the page.
 */
export function describePageError(error: unknown): PageErrorView {
  if (error instanceof z.ZodError) {
    return { status: 400, message: redactSecrets(z.prettifyError(error)), expected: true };
  }
  const message = redactSecrets(error instanceof Error ? error.message : String(error));
  const exitCode = (error as { exitCode?: unknown } | null | undefined)?.exitCode;
  if (typeof exitCode === "number") return { status: exitCode === 2 ? 400 : 500, message, expected: true };
  const written = [CentralError, ConfigError, SecretError, StoreError, TicketError, TicketSettingsError];
  if (written.some((type) => error instanceof type)) return { status: 500, message, expected: true };
  return {
    status: 500,
    message: `${message} (unexpected; run centralctl dashboard --verbose to see the details on its stderr)`,
    expected: false,
  };
}
