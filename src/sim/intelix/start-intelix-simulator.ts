import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { classifyIp } from "./classify-ip.js";
import { classifyUrl, type IntelixRiskLevel } from "./classify-url.js";

/** Options of {@link startIntelixSimulator}. */
export interface IntelixSimulatorOptions {
  port?: number;
  clientId?: string;
  clientSecret?: string;
  /** Fixed answers for exact URLs; every other URL is classified deterministically from its host. */
  known?: Record<string, IntelixRiskLevel>;
  /** Fixed IP categories for exact addresses, e.g. `{ "203.0.113.9": ["malware"] }`. */
  knownIps?: Record<string, string[]>;
  /** `expires_in` of issued tokens; default 3600. */
  tokenTtlSeconds?: number;
}

/** Counters for tests: how many lookups per URL or IP prove de-duplication. */
export interface IntelixSimStats {
  tokens: number;
  /** URL and IP lookups that reached the lookup handler (not 401s or 429s). */
  lookups: number;
  lookupsByUrl: Map<string, number>;
  lookupsByIp: Map<string, number>;
  authFailures: number;
  rateLimited: number;
}

/** A running SophosLabs Intelix simulator: token service, URL and IP lookups on one origin. */
export interface IntelixSimulator {
  /** Base URL of the lookup API, e.g. `http://127.0.0.1:41234` (real: https://de.api.labs.sophos.com). */
  url: string;
  /** Token endpoint (real: https://api.labs.sophos.com/oauth2/token). */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  stats: IntelixSimStats;
  /** Make lookups of this URL or IP answer 500 (a provider outage for one site). */
  failUrl(value: string): void;
  /** Every token issued so far answers 401 from now on (clients must fetch a new one). */
  expireTokens(): void;
  /** The next `count` lookups answer 429 with `Retry-After: retryAfterSeconds`. */
  rateLimitNext(count: number, retryAfterSeconds: number): void;
  close(): Promise<void>;
}

/**
 * Start a simulator of the SophosLabs Intelix calls the local-site clean-up uses:
 * `POST /oauth2/token` (client credentials in HTTP Basic auth, form body
 * `grant_type=client_credentials`), `GET /lookup/urls/v1/{percent-encoded URL}` answering
 * `{requestId, productivityCategory, securityCategory, riskLevel}` and `GET /lookup/ips/v1/{ip}`
 * answering `{requestId, category: [...], ttl}`, each with the bare access token in
 * `Authorization`. Shapes follow the public clients of that API; exact error bodies are not known.
 */
export async function startIntelixSimulator(
  options: IntelixSimulatorOptions = {},
): Promise<IntelixSimulator> {
  const clientId = options.clientId ?? "intelix-client-id";
  const clientSecret = options.clientSecret ?? "intelix-client-secret-0123";
  const known = new Map(Object.entries(options.known ?? {}));
  const knownIps = new Map(Object.entries(options.knownIps ?? {}).map(([ip, c]) => [ip.toLowerCase(), c]));
  const tokens = new Set<string>();
  const failing = new Set<string>();
  const limit = { remaining: 0, retryAfter: 1 };
  const stats: IntelixSimStats = {
    tokens: 0,
    lookups: 0,
    lookupsByUrl: new Map(),
    lookupsByIp: new Map(),
    authFailures: 0,
    rateLimited: 0,
  };

  const handle = (request: IncomingMessage, response: ServerResponse, body: string): void => {
    const path = (request.url ?? "/").split("?")[0]!;
    if (request.method === "POST" && path === "/oauth2/token") {
      const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`;
      if (request.headers.authorization !== expected || !/grant_type=client_credentials/.test(body)) {
        stats.authFailures += 1;
        return send(response, 401, { error: "invalid_client" });
      }
      const token = randomUUID();
      tokens.add(token);
      stats.tokens += 1;
      const expiresIn = options.tokenTtlSeconds ?? 3600;
      return send(response, 200, { access_token: token, token_type: "bearer", expires_in: expiresIn });
    }
    const lookup = /^\/lookup\/(urls|ips)\/v1\/(.+)$/.exec(path);
    if (request.method !== "GET" || !lookup) return send(response, 404, { message: "Not found" });
    if (!tokens.has(request.headers.authorization ?? "")) {
      stats.authFailures += 1;
      return send(response, 401, { message: "Unauthorized" });
    }
    if (limit.remaining > 0) {
      limit.remaining -= 1;
      stats.rateLimited += 1;
      return send(
        response,
        429,
        { message: "Too Many Requests" },
        { "retry-after": String(limit.retryAfter) },
      );
    }
    const value = decodeURIComponent(lookup[2]!);
    const byValue = lookup[1] === "ips" ? stats.lookupsByIp : stats.lookupsByUrl;
    stats.lookups += 1;
    byValue.set(value, (byValue.get(value) ?? 0) + 1);
    if (failing.has(value)) return send(response, 500, { message: "Internal server error" });
    if (lookup[1] === "ips")
      return send(response, 200, {
        requestId: randomUUID(),
        category: classifyIp(value, knownIps),
        ttl: 3600,
      });
    return send(response, 200, { requestId: randomUUID(), ...classifyUrl(value, known) });
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => handle(request, response, Buffer.concat(chunks).toString("utf8")));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    tokenUrl: `${base}/oauth2/token`,
    clientId,
    clientSecret,
    stats,
    failUrl: (value) => failing.add(value),
    expireTokens: () => tokens.clear(),
    rateLimitNext(count, retryAfterSeconds) {
      limit.remaining = count;
      limit.retryAfter = retryAfterSeconds;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
