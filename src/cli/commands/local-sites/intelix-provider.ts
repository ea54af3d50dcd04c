import { Agent, request, type Dispatcher } from "undici";
import { z } from "zod";
import { registerSecret } from "../../../util/redact.js";
import { CliError } from "../../cli-error.js";
import { ExitCode } from "../../exit-codes.js";
import { RISK_LEVELS, type UrlReputation, type UrlReputationProvider } from "./url-reputation.js";

/** Where SophosLabs Intelix is and who we are to it. */
export interface IntelixSettings {
  /** Lookup API base, default `https://de.api.labs.sophos.com`. */
  apiUrl: string;
  /** Token endpoint, default `https://api.labs.sophos.com/oauth2/token`. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
}

const tokenReply = z.object({ access_token: z.string().min(1), expires_in: z.number().optional() });
const urlReply = z.looseObject({
  requestId: z.string().optional(),
  productivityCategory: z.string().optional(),
  securityCategory: z.string().optional(),
  // Unknown or missing levels count as unclassified, so they are never deleted.
  riskLevel: z.string().optional(),
});

/**
 * SophosLabs Intelix URL lookup: a client-credentials token (HTTP Basic auth) then
 * `GET /lookup/urls/v1/{percent-encoded URL}` with the bare token in `Authorization`, as the public
 * Intelix clients and the reference connector's `local_site_check` do.
 */
export function createIntelixProvider(settings: IntelixSettings): UrlReputationProvider {
  registerSecret(settings.clientSecret);
  const dispatcher: Dispatcher = new Agent({ connections: 8, keepAliveTimeout: 10_000 });
  const timeout = settings.timeoutMs ?? 30_000;
  let token: Promise<{ value: string; expiresAt: number }> | undefined;

  const fetchToken = async (): Promise<{ value: string; expiresAt: number }> => {
    const basic = Buffer.from(`${settings.clientId}:${settings.clientSecret}`).toString("base64");
    const response = await request(settings.tokenUrl, {
      method: "POST",
      dispatcher,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    const text = await response.body.text();
    if (response.statusCode === 401 || response.statusCode === 403) {
      throw new CliError(
        `SophosLabs Intelix at ${settings.tokenUrl} refused the client credentials (HTTP ${response.statusCode}); check INTELIX_CLIENT_ID and the Intelix secret.`,
        ExitCode.authentication,
      );
    }
    const parsed = response.statusCode === 200 ? tokenReply.safeParse(safeJson(text)) : undefined;
    if (!parsed?.success)
      throw new CliError(
        `SophosLabs Intelix at ${settings.tokenUrl} gave no token (HTTP ${response.statusCode}).`,
      );
    registerSecret(parsed.data.access_token);
    return {
      value: parsed.data.access_token,
      expiresAt: Date.now() + (parsed.data.expires_in ?? 3600) * 1000 - 60_000,
    };
  };
  const currentToken = async (): Promise<string> => {
    const held = token ? await token : undefined;
    if (held && held.expiresAt > Date.now()) return held.value;
    token = fetchToken();
    token.catch(() => (token = undefined));
    return (await token).value;
  };

  return {
    name: "SophosLabs Intelix",
    async lookup(url) {
      const target = `${settings.apiUrl.replace(/\/+$/, "")}/lookup/urls/v1/${encodeURIComponent(url)}`;
      const response = await request(target, {
        method: "GET",
        dispatcher,
        headersTimeout: timeout,
        bodyTimeout: timeout,
        headers: { authorization: await currentToken(), accept: "application/json" },
      });
      const text = await response.body.text();
      if (response.statusCode !== 200)
        throw new Error(`SophosLabs Intelix answered HTTP ${response.statusCode} for this URL`);
      const parsed = urlReply.safeParse(safeJson(text));
      if (!parsed.success) throw new Error("SophosLabs Intelix answered with an unreadable body");
      return toReputation(parsed.data);
    },
    close: () => dispatcher.close(),
  };
}

function toReputation(reply: z.output<typeof urlReply>): UrlReputation {
  const level = (reply.riskLevel ?? "").toUpperCase();
  const risk = RISK_LEVELS.find((known) => known === level) ?? "UNCLASSIFIED";
  return {
    risk,
    ...(reply.productivityCategory ? { productivityCategory: reply.productivityCategory } : {}),
    ...(reply.securityCategory ? { securityCategory: reply.securityCategory } : {}),
    ...(reply.requestId ? { requestId: reply.requestId } : {}),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
