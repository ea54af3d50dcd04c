import type { Dispatcher } from "undici";
import { z } from "zod";
import { registerSecret } from "../util/redact.js";
import type { Logger } from "../util/logger.js";
import type { ClientStats } from "./client-stats.js";
import { errorFromResponse, parseErrorBody } from "./error-from-response.js";
import { AuthenticationError } from "./errors.js";
import { joinUrl } from "./join-url.js";
import { parseRetryAfter } from "./parse-retry-after.js";
import type { RequestContext } from "./request-context.js";
import type { RetryPolicy } from "./retry-policy.js";
import { runWithRetry } from "./run-with-retry.js";
import { sendHttp } from "./send-http.js";
import type { CachedToken } from "./token-cache.js";

/** Everything needed to ask the token service for a token. */
export interface TokenRequest {
  idUrl: string;
  clientId: string;
  clientSecret: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  policy: RetryPolicy;
  stats: ClientStats;
  logger: Logger;
  userAgent: string;
}

const TokenResponse = z.object({
  access_token: z.string().min(1),
  // Sophos sends 3600 (reference §2.2); be lenient about a numeric string.
  expires_in: z.coerce.number().positive().default(3600),
  errorCode: z.string().optional(),
});

const TOKEN_PATH = "/api/v2/oauth2/token";

function rejected(req: TokenRequest, status: number, text: string): AuthenticationError {
  const body = parseErrorBody(text);
  const reason = [body.code ?? body.error, body.message].filter((v) => v !== undefined).join(": ");
  return new AuthenticationError(
    `Sophos Central rejected client id ${req.clientId} at ${req.idUrl} (${status}${reason === "" ? "" : ` ${reason}`}). ` +
      "Check that the client secret belongs to this client id, that the credential was not deleted or its secret " +
      "regenerated (Sophos Central > Global Settings > API Credentials), and that the id URL is right.",
    {
      route: `POST ${TOKEN_PATH}`,
      server: req.idUrl,
      status,
      ...(body.code === undefined ? {} : { code: body.code }),
    },
  );
}

/**
 * OAuth2 client credentials (reference §2.1): a form POST to `{idUrl}/api/v2/oauth2/token`. Token
 * calls are safe to repeat, so 429/5xx/network failures are retried; a refusal is an
 * `AuthenticationError` naming the client id, never the secret.
 */
export async function fetchToken(req: TokenRequest): Promise<CachedToken> {
  const ctx: RequestContext = { method: "POST", path: TOKEN_PATH, server: req.idUrl };
  const form = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: req.clientId,
    client_secret: req.clientSecret,
    scope: "token",
  }).toString();
  return runWithRetry(
    async () => {
      req.stats.requests += 1;
      req.stats.tokenRequests += 1;
      const started = performance.now();
      const res = await sendHttp(
        req.dispatcher,
        {
          method: "POST",
          url: joinUrl(req.idUrl, TOKEN_PATH),
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
            "user-agent": req.userAgent,
          },
          body: form,
          timeoutMs: req.timeoutMs,
        },
        ctx,
      );
      req.stats.bytes += res.bytes;
      const ms = Math.round(performance.now() - started);
      req.logger.debug("central token", { method: "POST", route: TOKEN_PATH, status: res.status, ms });
      if (res.status === 429) req.stats.rateLimited += 1;
      if (res.status === 429 || res.status >= 500) {
        throw errorFromResponse(ctx, res.status, res.text, parseRetryAfter(res.headers["retry-after"]));
      }
      if (res.status < 200 || res.status >= 300) throw rejected(req, res.status, res.text);
      let json: unknown;
      try {
        json = JSON.parse(res.text);
      } catch {
        json = undefined;
      }
      const parsed = TokenResponse.safeParse(json);
      if (!parsed.success || (parsed.data.errorCode !== undefined && parsed.data.errorCode !== "success")) {
        throw rejected(req, res.status, res.text);
      }
      registerSecret(parsed.data.access_token);
      return { accessToken: parsed.data.access_token, expiresAt: Date.now() + parsed.data.expires_in * 1000 };
    },
    {
      policy: req.policy,
      idempotent: true,
      onRetry: () => {
        req.stats.retries += 1;
      },
    },
  );
}
