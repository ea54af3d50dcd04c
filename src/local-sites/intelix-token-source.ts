import { request, type Dispatcher } from "undici";
import { z } from "zod";
import { registerSecret } from "../util/redact.js";
import { ReputationError } from "./reputation-error.js";

const tokenReply = z.object({ access_token: z.string().min(1), expires_in: z.number().optional() });

// Renew a minute before the server's expiry so a token never runs out mid-request.
const EXPIRY_MARGIN_MS = 60_000;

/** Hands out the current Intelix access token; `renew` replaces one the service refused. */
export interface IntelixTokenSource {
  get(): Promise<string>;
  /** Drop `stale` (answered 401) and fetch a new token, once, however many callers saw it fail. */
  renew(stale: string): Promise<string>;
  /** Tokens fetched so far. */
  readonly fetched: number;
}

/**
 * OAuth2 client credentials against the Intelix token endpoint: HTTP Basic `id:secret` and form body
 * `grant_type=client_credentials`, as the public Intelix clients do. The token is reused until a
 * minute before `expires_in` (default 3600 s when absent). Concurrent callers share one request.
 */
export function createIntelixTokenSource(options: {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  now: () => number;
}): IntelixTokenSource {
  registerSecret(options.clientSecret);
  let current: Promise<{ value: string; expiresAt: number }> | undefined;
  let fetched = 0;

  const fetchToken = async (): Promise<{ value: string; expiresAt: number }> => {
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString("base64");
    let response: Dispatcher.ResponseData;
    try {
      response = await request(options.tokenUrl, {
        method: "POST",
        dispatcher: options.dispatcher,
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
        headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials",
      });
    } catch (error) {
      throw new ReputationError(
        `SophosLabs Intelix token endpoint ${options.tokenUrl} is unreachable (${networkCode(error)}); try again later or check --intelix-token-url`,
        "unavailable",
        { cause: error },
      );
    }
    const text = await response.body.text();
    const status = response.statusCode;
    // Intelix answers a wrong id or secret with 400 invalid_client or 401 (U: exact status not documented).
    if (status === 401 || status === 403 || (status === 400 && /invalid_client/.test(text))) {
      throw new ReputationError(
        `SophosLabs Intelix at ${options.tokenUrl} refused the client credentials (HTTP ${status}); check INTELIX_CLIENT_ID / --intelix-client-id and the Intelix secret`,
        "credentials",
        { status },
      );
    }
    const parsed = status === 200 ? tokenReply.safeParse(safeJson(text)) : undefined;
    if (!parsed?.success) {
      throw new ReputationError(
        `SophosLabs Intelix at ${options.tokenUrl} gave no token (HTTP ${status}); try again later`,
        status >= 500 || status === 429 ? "unavailable" : "bad-reply",
        { status },
      );
    }
    registerSecret(parsed.data.access_token);
    fetched += 1;
    const lifetimeMs = (parsed.data.expires_in ?? 3600) * 1000;
    return {
      value: parsed.data.access_token,
      expiresAt: options.now() + Math.max(lifetimeMs - EXPIRY_MARGIN_MS, lifetimeMs / 2),
    };
  };

  const refresh = (): Promise<string> => {
    const pending = fetchToken();
    current = pending;
    // A failed fetch is not cached: the next caller tries again.
    pending.catch(() => {
      if (current === pending) current = undefined;
    });
    return pending.then((token) => token.value);
  };

  return {
    async get() {
      const held = current ? await current : undefined;
      if (held && held.expiresAt > options.now()) return held.value;
      return refresh();
    },
    async renew(stale) {
      const held = current ? await current.catch(() => undefined) : undefined;
      // Another caller already replaced the refused token: use theirs instead of fetching again.
      if (held && held.value !== stale && held.expiresAt > options.now()) return held.value;
      return refresh();
    },
    get fetched() {
      return fetched;
    },
  };
}

/** The network error code (ECONNREFUSED, UND_ERR_HEADERS_TIMEOUT, ...) or the message. */
export function networkCode(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === "string") return code;
  return error instanceof Error ? error.message : String(error);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
