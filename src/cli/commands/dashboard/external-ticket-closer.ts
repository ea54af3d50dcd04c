import type { Dispatcher } from "undici";
import type { ExternalTicketCloser } from "../../../tickets/index.js";
import { SecretError } from "../../../secrets/index.js";
import type { Store } from "../../../store/index.js";
import {
  closeExternalTicket,
  openTicketFiler,
  parseTicketSettings,
  TicketSettingsError,
  type TicketFiler,
} from "../../../tickets/index.js";
import { redactSecrets } from "../../../util/redact.js";
import type { CommandContext } from "../../context.js";
import { ticketDispatcher } from "../hygiene/hygiene-review-command.js";

/** The dashboard's external-ticket closer and the connection pool to release when it stops. */
export interface DashboardTicketCloser {
  /** Undefined when no ticket system is configured (`hygiene.tickets.system` in the config file). */
  closer?: ExternalTicketCloser;
  close(): Promise<void>;
}

/**
 * Close approved/rejected tickets' twins in the configured ticket system, as `hygiene approve` does.
 * The filer (and its secret) is built on the first close, so a dashboard used only for reading never
 * resolves the ticket secret. A web request cannot answer a terminal prompt, so `prompt:` secrets
 * fail with their message instead of waiting on stdin. A settings or secret problem is reported as
 * a failed close (the local ticket has changed already) and retried on the next approval.
 */
export async function dashboardTicketCloser(
  context: CommandContext,
  store: Store,
  /** Who the journal names for the external close (the dashboard's user). */
  actor: string,
): Promise<DashboardTicketCloser> {
  const config = await context.config();
  const section = (config.hygiene as { tickets?: { system?: unknown } } | undefined)?.tickets;
  if (section?.system === undefined) return { close: async () => undefined };
  // Checked now, without the secret: a typo in the config file stops the start, not the first approval.
  const parsed = parseTicketSettings(section);
  if ("error" in parsed) {
    throw new TicketSettingsError(
      `The ticket settings (hygiene.tickets in ${config.source ?? "the configuration file"}) are invalid:\n${parsed.error}`,
    );
  }

  let dispatcher: Dispatcher | undefined;
  let filer: Promise<TicketFiler | undefined> | undefined;
  const openFiler = async (): Promise<TicketFiler | undefined> => {
    dispatcher ??= await ticketDispatcher(context);
    return openTicketFiler({ flags: {}, config, env: context.terminal.env, isTTY: false, dispatcher });
  };
  const closer: ExternalTicketCloser = async (ticket) => {
    try {
      return await closeExternalTicket(await (filer ??= openFiler()), ticket, store.journal, actor);
    } catch (error) {
      if (!(error instanceof TicketSettingsError || error instanceof SecretError)) throw error;
      filer = undefined;
      const ref = ticket.externalRef ?? `ticket #${ticket.id}`;
      return {
        outcome: "failed",
        message: `${redactSecrets(error.message)} ${ref} is still open in the ticket system; close it there.`,
      };
    }
  };
  return { closer, close: async () => dispatcher?.close() };
}
