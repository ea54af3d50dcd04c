import { redactSecrets } from "../util/redact.js";
import type { TicketSystem } from "./ticket-filer.js";

/** How each system is named in messages. */
export const SYSTEM_NAMES: Readonly<Record<TicketSystem, string>> = {
  generic: "ticket webhook",
  servicenow: "ServiceNow",
  jira: "Jira",
};

/**
 * The useful part of an error answer, short and redacted: ServiceNow's `error.message`/`detail`,
 * Jira's `errorMessages` and per-field `errors`, a generic `message`/`error`, else the start of the
 * text. Returned as `: reason` or an empty string.
 */
export function ticketAnswerText(text: string): string {
  let reason = "";
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const error = body.error;
    if (typeof error === "object" && error !== null) {
      const { message, detail } = error as { message?: unknown; detail?: unknown };
      reason = [message, detail].filter((part) => typeof part === "string" && part !== "").join(": ");
    } else if (typeof error === "string") reason = error;
    const messages = Array.isArray(body.errorMessages) ? body.errorMessages : [];
    const fields = typeof body.errors === "object" && body.errors !== null ? body.errors : {};
    const jira = [
      ...messages.filter((m): m is string => typeof m === "string"),
      ...Object.entries(fields).map(([field, message]) => `${field}: ${String(message)}`),
    ];
    if (jira.length > 0) reason = jira.join("; ");
    if (reason === "" && typeof body.message === "string") reason = body.message;
  } catch {
    reason = text.trim();
  }
  reason = reason.replace(/\s+/g, " ").slice(0, 300);
  return reason === "" ? "" : `: ${redactSecrets(reason)}`;
}
