import { setTimeout as sleep } from "node:timers/promises";
import { Agent, request, type Dispatcher } from "undici";
import { parseRetryAfter } from "../central/index.js";
import { INTELIX_API_URL, INTELIX_TOKEN_URL, type IntelixSettings } from "./intelix-settings.js";
import { createIntelixTokenSource, networkCode } from "./intelix-token-source.js";
import { readIntelixReply } from "./read-intelix-reply.js";
import { ReputationError } from "./reputation-error.js";
import type { LookupTarget, ReputationProvider, SiteReputation } from "./site-reputation.js";

/**
 * SophosLabs Intelix as a {@link ReputationProvider}: `GET /lookup/urls/v1/{percent-encoded URL}` for
 * URLs and domains, `GET /lookup/ips/v1/{ip}` for IP addresses, with the bare access token in
 * `Authorization` as the public Intelix clients and the reference connector send it. A 401 renews
 * the token once; 429 waits `Retry-After` (all lookups pause together); 5xx and connection
 * failures are retried with back-off, then reported for that site only.
 * @example const intelix = createIntelixProvider({ clientId, clientSecret });
 */
export function createIntelixProvider(settings: IntelixSettings): ReputationProvider {
  const dispatcher: Dispatcher = new Agent({ connections: 8, keepAliveTimeout: 10_000 });
  const timeoutMs = settings.timeoutMs ?? 30_000;
  const maxRetries = settings.maxRetries ?? 3;
  const maxRetryAfterMs = settings.maxRetryAfterMs ?? 60_000;
  const backoffMs = settings.backoffMs ?? 250;
  const apiUrl = (settings.apiUrl ?? INTELIX_API_URL).replace(/\/+$/, "");
  const tokens = createIntelixTokenSource({
    tokenUrl: settings.tokenUrl ?? INTELIX_TOKEN_URL,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    dispatcher,
    timeoutMs,
    now: settings.now ?? Date.now,
  });
  // After a 429 every lookup waits until this time, not only the one that was told to.
  let pausedUntil = 0;

  const send = async (path: string): Promise<{ status: number; text: string }> => {
    let token = await tokens.get();
    let renewed = false;
    for (let attempt = 0; ;) {
      const pause = pausedUntil - Date.now();
      if (pause > 0) await sleep(pause);
      let response: Dispatcher.ResponseData;
      try {
        response = await request(`${apiUrl}${path}`, {
          method: "GET",
          dispatcher,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          headers: { authorization: token, accept: "application/json" },
        });
      } catch (error) {
        if (attempt++ < maxRetries) {
          await sleep(backoffMs * 2 ** (attempt - 1));
          continue;
        }
        throw new ReputationError(
          `SophosLabs Intelix is unreachable at ${apiUrl} (${networkCode(error)}); try again later`,
          "unavailable",
          { cause: error },
        );
      }
      const text = await response.body.text();
      const status = response.statusCode;
      if (status === 401) {
        if (renewed)
          throw new ReputationError(
            `SophosLabs Intelix at ${apiUrl} refused a freshly issued token (HTTP 401); check that the Intelix client may use the lookup API`,
            "credentials",
            { status },
          );
        renewed = true;
        token = await tokens.renew(token);
        continue;
      }
      if (status === 429) {
        const waitMs = parseRetryAfter(response.headers["retry-after"]) ?? backoffMs * 2 ** attempt;
        if (waitMs > maxRetryAfterMs || attempt++ >= maxRetries)
          throw new ReputationError(
            `SophosLabs Intelix rate limit reached (HTTP 429, Retry-After ${Math.ceil(waitMs / 1000)} s) after ${attempt} attempts; run again later`,
            "rate-limited",
            { status },
          );
        pausedUntil = Math.max(pausedUntil, Date.now() + waitMs);
        continue;
      }
      if (status >= 500) {
        if (attempt++ < maxRetries) {
          await sleep(backoffMs * 2 ** (attempt - 1));
          continue;
        }
        throw new ReputationError(
          `SophosLabs Intelix at ${apiUrl} answered HTTP ${status} ${attempt} times; the service may be down, try again later`,
          "unavailable",
          { status },
        );
      }
      return { status, text };
    }
  };

  return {
    name: "SophosLabs Intelix",
    async lookup(target: LookupTarget): Promise<SiteReputation> {
      // (U) The IP route is not in our reference; it is the one the public Intelix clients call.
      const route = target.kind === "ip" ? "/lookup/ips/v1/" : "/lookup/urls/v1/";
      const { status, text } = await send(`${route}${encodeURIComponent(target.value)}`);
      return readIntelixReply(target.kind, status, text);
    },
    close: () => dispatcher.close(),
  };
}
