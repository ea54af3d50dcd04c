import type { Dispatcher } from "undici";
import { resolveSecretValue } from "../secrets/index.js";
import type { BackoffPolicy } from "../sinks/splunk/backoff-delay.js";
import { createTicketFiler } from "./create-ticket-filer.js";
import type { TicketFiler } from "./ticket-filer.js";
import { parseTicketSettings } from "./ticket-settings.js";
import { TicketSettingsError } from "./ticket-settings-error.js";

/** The `--ticket-*` flags as commander parsed them. */
export interface TicketFlags {
  ticketSystem?: string;
  ticketUrl?: string;
  ticketProject?: string;
  /** A secret reference (env:, file:, aws:, prompt:); default `$CENTRALCTL_TICKET_TOKEN`. */
  ticketSecret?: string;
  ticketRetries?: string;
}

/** Everything {@link openTicketFiler} reads besides the flags. */
export interface OpenTicketFilerInput {
  flags: TicketFlags;
  /** The loaded config file: its `hygiene.tickets` section gives defaults. */
  config: { hygiene?: unknown; source?: string | undefined };
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  dispatcher?: Dispatcher | undefined;
  backoff?: BackoffPolicy | undefined;
}

/**
 * The ticket filer the flags and config ask for, or `undefined` when no ticket system is configured
 * (then tickets stay local). Flags win over `hygiene.tickets`; the secret comes from
 * `--ticket-secret`, then `hygiene.tickets.secret`, then `$CENTRALCTL_TICKET_TOKEN`.
 */
export async function openTicketFiler(input: OpenTicketFilerInput): Promise<TicketFiler | undefined> {
  const { flags } = input;
  const section = (input.config.hygiene as { tickets?: unknown } | undefined)?.tickets;
  if (section !== undefined && (typeof section !== "object" || section === null)) {
    throw new TicketSettingsError(`${where(input)}: hygiene.tickets must be an object (docs/tickets.md).`);
  }
  const fromConfig = (section ?? {}) as Record<string, unknown>;
  const system = flags.ticketSystem ?? fromConfig.system;
  if (system === undefined) {
    if (flags.ticketUrl !== undefined || flags.ticketProject !== undefined) {
      throw new TicketSettingsError(
        "--ticket-url and --ticket-project need --ticket-system generic|servicenow|jira.",
      );
    }
    return undefined;
  }
  const retries = flags.ticketRetries === undefined ? fromConfig.retries : Number(flags.ticketRetries);
  const merged = {
    ...fromConfig,
    system,
    ...defined({ url: flags.ticketUrl, project: flags.ticketProject, secret: flags.ticketSecret }),
    ...(retries === undefined ? {} : { retries }),
  };
  const parsed = parseTicketSettings(merged);
  if ("error" in parsed) {
    throw new TicketSettingsError(
      `The ticket settings (--ticket-* flags over hygiene.tickets in ${where(input)}) are invalid:\n${parsed.error}`,
    );
  }
  const ref = parsed.settings.secret ?? input.env.CENTRALCTL_TICKET_TOKEN;
  const secret =
    ref === undefined || ref === ""
      ? undefined
      : await resolveSecretValue(ref, {
          env: input.env,
          isTTY: input.isTTY,
          instead: "Set CENTRALCTL_TICKET_TOKEN or give --ticket-secret env:NAME|file:/path.",
        });
  return createTicketFiler(parsed.settings, {
    secret,
    dispatcher: input.dispatcher,
    backoff: input.backoff,
  });
}

function where(input: OpenTicketFilerInput): string {
  return input.config.source ?? "the configuration file";
}

function defined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}
