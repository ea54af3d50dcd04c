import { z } from "zod";
import { TICKET_SYSTEMS } from "./ticket-filer.js";

const text = z.string().trim().min(1, "must not be empty");

/**
 * Ticket-system settings, from `--ticket-*` flags over the `hygiene.tickets` section of config.json
 * (docs/tickets.md). `secret` is a secret reference (env:, file:, aws:, prompt:) or the value itself.
 */
export const ticketSettingsSchema = z
  .strictObject({
    system: z.enum(TICKET_SYSTEMS, { error: `must be one of ${TICKET_SYSTEMS.join(", ")}` }),
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
    secret: text.optional(),
    /** Jira project key (required for jira). */
    project: text.optional(),
    /** Jira issue type name (default Task). */
    issueType: text.optional(),
    /** Jira transition that closes an issue; without it close adds a comment. */
    transitionId: text.optional(),
    /** ServiceNow incident urgency (default "3") and category (default "inquiry"). */
    urgency: text.optional(),
    category: text.optional(),
    /** ServiceNow close: state (default "7", Closed) and close_code (default "Solution provided"). */
    closeState: text.optional(),
    closeCode: text.optional(),
    /** Retries on 429/5xx/network errors per request (default 3). */
    retries: z.number().int().min(0).max(10).optional(),
  })
  .refine((s) => s.system !== "jira" || s.project !== undefined, {
    message: "jira needs a project key (--ticket-project KEY or hygiene.tickets.project)",
    path: ["project"],
  })
  .refine((s) => !hasUserInfo(s.url), {
    message: "must not carry credentials; give them as --ticket-secret or hygiene.tickets.secret",
    path: ["url"],
  });

/** Validated ticket settings (the secret still a reference). */
export type TicketSettings = z.output<typeof ticketSettingsSchema>;

/** Validate ticket settings; returns the readable error text instead of throwing. */
export function parseTicketSettings(value: unknown): { settings: TicketSettings } | { error: string } {
  const parsed = ticketSettingsSchema.safeParse(value);
  return parsed.success ? { settings: parsed.data } : { error: z.prettifyError(parsed.error) };
}

function hasUserInfo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== "" || parsed.password !== "";
  } catch {
    return false;
  }
}
