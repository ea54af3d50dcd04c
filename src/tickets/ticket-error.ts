import type { TicketSystem } from "./ticket-filer.js";

/**
 * Why a ticket request failed: `auth` (401/403, fix the credentials), `unavailable` (429/5xx/network
 * after every retry, try again later) or `rejected` (another 4xx: the request or the configuration is
 * wrong). Messages name the system and its URL and never contain credentials or query strings.
 */
export type TicketFailure = "auth" | "unavailable" | "rejected";

/** A ticket system refused or could not be reached. */
export class TicketError extends Error {
  readonly system: TicketSystem;
  readonly failure: TicketFailure;
  /** HTTP status of the last answer; undefined for network failures. */
  readonly status: number | undefined;
  /** The URL as shown to the user. */
  readonly url: string;

  constructor(
    message: string,
    details: { system: TicketSystem; failure: TicketFailure; url: string; status?: number | undefined },
  ) {
    super(message);
    this.name = "TicketError";
    this.system = details.system;
    this.failure = details.failure;
    this.status = details.status;
    this.url = details.url;
  }
}
