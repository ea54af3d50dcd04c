import type { Dispatcher } from "undici";
import type { BackoffPolicy } from "../sinks/splunk/backoff-delay.js";
import { displayUrl } from "../sinks/splunk/display-url.js";
import { createGenericFiler } from "./create-generic-filer.js";
import { createJiraFiler } from "./create-jira-filer.js";
import { createServiceNowFiler } from "./create-servicenow-filer.js";
import { ticketAuthorization } from "./ticket-authorization.js";
import type { TicketFiler } from "./ticket-filer.js";
import { createTicketHttp } from "./ticket-http.js";
import type { TicketSettings } from "./ticket-settings.js";

/** Live parts a filer may be given: a shared pool (proxy, CA) and, for tests, a faster back-off. */
export interface TicketFilerDeps {
  /** The resolved secret value (not the reference). */
  secret?: string | undefined;
  dispatcher?: Dispatcher | undefined;
  backoff?: BackoffPolicy | undefined;
}

/**
 * The {@link TicketFiler} for validated settings.
 *
 * @example
 * const filer = createTicketFiler({ system: "jira", url: "https://jira.corp", project: "SEC" }, { secret });
 * const { externalRef } = await filer.open(item); // "SEC-42"
 */
export function createTicketFiler(settings: TicketSettings, deps: TicketFilerDeps = {}): TicketFiler {
  const send = createTicketHttp({
    system: settings.system,
    authorization: ticketAuthorization(deps.secret),
    dispatcher: deps.dispatcher,
    retries: settings.retries,
    backoff: deps.backoff,
  });
  const destination = displayUrl(settings.url);
  // The generic URL is the endpoint itself (its query kept); the others are instance base URLs.
  if (settings.system === "generic") return createGenericFiler(settings.url, send, destination);
  const base = settings.url.split(/[?#]/)[0]?.replace(/\/+$/, "") ?? settings.url;
  if (settings.system === "servicenow") return createServiceNowFiler(base, send, destination, settings);
  return createJiraFiler(base, send, destination, {
    project: settings.project ?? "",
    issueType: settings.issueType,
    transitionId: settings.transitionId,
  });
}
