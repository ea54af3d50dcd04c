import { setTimeout as sleep } from "node:timers/promises";
import { request, type Dispatcher } from "undici";
import { backoffDelay, parseRetryAfter, type BackoffPolicy } from "../sinks/splunk/backoff-delay.js";
import { displayUrl } from "../sinks/splunk/display-url.js";
import { networkReason } from "../sinks/splunk/network-reason.js";
import { redactSecrets } from "../util/redact.js";
import { TicketError } from "./ticket-error.js";
import { SYSTEM_NAMES, ticketAnswerText } from "./ticket-answer-text.js";
import type { TicketSystem } from "./ticket-filer.js";

/** How one ticket system is reached. */
export interface TicketHttpOptions {
  system: TicketSystem;
  /** From {@link ticketAuthorization}; absent for an unauthenticated generic receiver. */
  authorization?: string | undefined;
  /** Share a connection pool (proxy, extra CA); by default undici's global one. */
  dispatcher?: Dispatcher | undefined;
  /** Retries after the first attempt on 429/5xx/network errors (default 3). */
  retries?: number | undefined;
  backoff?: BackoffPolicy | undefined;
  timeoutMs?: number | undefined;
}

/** One request: `what` names it in errors ("create incident"). */
export interface TicketRequest {
  method: "GET" | "POST" | "PATCH";
  url: string;
  what: string;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * For a create, which is not idempotent: before each retry, look for what the failed attempt may
   * have created after all (its answer lost to a timeout or a 5xx). An answer found ends the retries
   * as if the create had answered it, so a retry never opens a twin.
   */
  beforeRetry?: () => Promise<TicketAnswer | undefined>;
}

/** A 2xx answer: status and parsed JSON (undefined for an empty or non-JSON body). */
export interface TicketAnswer {
  status: number;
  json: unknown;
}

/** Sends ticket requests: 2xx returns, 401/403 and other 4xx throw at once, 429/5xx/network retry. */
export type TicketHttp = (req: TicketRequest) => Promise<TicketAnswer>;

const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 10_000 };

/** Create the request function every ticket kind sends through. */
export function createTicketHttp(options: TicketHttpOptions): TicketHttp {
  const retries = options.retries ?? 3;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const name = SYSTEM_NAMES[options.system];
  return async (req) => {
    const shown = displayUrl(req.url);
    const headers: Record<string, string> = { accept: "application/json", ...req.headers };
    if (req.body !== undefined) headers["content-type"] = "application/json";
    if (options.authorization !== undefined) headers["authorization"] = options.authorization;
    let last = "";
    let lastStatus: number | undefined;
    for (let attempt = 0; attempt <= retries; attempt++) {
      let retryAfterMs: number | undefined;
      try {
        const found = attempt > 0 && req.beforeRetry !== undefined ? await req.beforeRetry() : undefined;
        if (found !== undefined) return found;
        const response = await request(req.url, {
          method: req.method,
          headers,
          ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
          ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher }),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        const text = await response.body.text();
        const status = response.statusCode;
        if (status >= 200 && status < 300) return { status, json: parseJson(text) };
        lastStatus = status;
        last = `HTTP ${status}${ticketAnswerText(text)}`;
        if (status === 401 || status === 403) {
          throw new TicketError(
            `${name} ${shown} refused the credentials for ${req.what} (${last}). Check --ticket-secret ` +
              "(user:password or email:api-token for Basic auth, else a token sent as Bearer) and the account's roles.",
            { system: options.system, failure: "auth", url: shown, status },
          );
        }
        if (status !== 429 && status < 500) {
          throw new TicketError(`${name} ${shown} rejected ${req.what} (${last}).`, {
            system: options.system,
            failure: "rejected",
            url: shown,
            status,
          });
        }
        const header = response.headers["retry-after"];
        retryAfterMs = parseRetryAfter(Array.isArray(header) ? header[0] : header);
      } catch (error) {
        if (error instanceof TicketError) throw error;
        lastStatus = undefined;
        last = networkReason(error);
      }
      if (attempt < retries) await sleep(backoffDelay(attempt + 1, backoff, retryAfterMs));
    }
    throw new TicketError(
      redactSecrets(
        `${name} ${shown} failed ${req.what} after ${retries + 1} attempts (last: ${last}); ` +
          "check that it is up and reachable from here.",
      ),
      { system: options.system, failure: "unavailable", url: shown, status: lastStatus },
    );
  };
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
