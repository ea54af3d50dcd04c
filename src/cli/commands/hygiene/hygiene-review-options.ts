import { Option, type Command } from "commander";
import type { TicketFlags } from "../../../tickets/index.js";
import { RECORD_OUTPUTS, parseRecordOutput } from "../../output/output-format.js";
import { addSinkOptions, sinkFlagsFrom } from "../../output/sink-flags.js";
import type { HygieneReviewOptions } from "./hygiene-review-command.js";

const TICKET_KEYS = [
  "ticketSystem",
  "ticketUrl",
  "ticketProject",
  "ticketSecret",
  "ticketRetries",
] as const satisfies ReadonlyArray<keyof TicketFlags>;

/** The `--ticket-*` flags (docs/tickets.md), shared by `hygiene review` and approve/reject/close. */
export function addTicketOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        "--ticket-system <kind>",
        "file review tickets in this system (or config hygiene.tickets.system)",
      ).choices(["generic", "servicenow", "jira"]),
    )
    .option("--ticket-url <url>", "generic: the webhook URL; servicenow/jira: the instance base URL")
    .option("--ticket-project <key>", "jira: the project key, e.g. SEC")
    .option(
      "--ticket-secret <ref>",
      "user:password, email:token or a bearer token, as env:NAME, file:/path or aws:ID#key (default: $CENTRALCTL_TICKET_TOKEN)",
    )
    .option("--ticket-retries <n>", "retries per request on 429/5xx/network errors (0-10, default 3)");
}

/** Pick the `--ticket-*` flags out of a command's parsed options. */
export function ticketFlagsFrom(options: Record<string, unknown>): TicketFlags {
  const flags: Record<string, unknown> = {};
  for (const key of TICKET_KEYS) if (options[key] !== undefined) flags[key] = options[key];
  return flags as TicketFlags;
}

/** Add every flag of `hygiene review`: plan, ticket filing, output (formats and sinks). */
export function addReviewOptions(command: Command): Command {
  return addSinkOptions(
    addTicketOptions(
      command
        .option("--plan <id>", "list this plan's review decisions (default: the newest plan)")
        .option("--file-tickets", "open a ticket for each review decision (planning then skips it)", false)
        .addOption(
          new Option("-o, --output <format>", "output format or sink")
            .choices([...RECORD_OUTPUTS])
            .default("table"),
        ),
    ),
  );
}

/** The typed options of `hygiene review` from commander's parsed options. */
export function reviewOptionsFrom(options: Record<string, unknown>): HygieneReviewOptions {
  return {
    ...(options.plan === undefined ? {} : { plan: options.plan as string }),
    fileTickets: options.fileTickets === true,
    output: parseRecordOutput(options.output as string),
    sink: sinkFlagsFrom(options),
    tickets: ticketFlagsFrom(options),
  };
}
