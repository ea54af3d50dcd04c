import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { classifyUrl, type IntelixRiskLevel } from "./classify-url.js";

/** Options of {@link startIntelixSimulator}. */
export interface IntelixSimulatorOptions {
  port?: number;
  clientId?: string;
  clientSecret?: string;
  /** Fixed answers for exact URLs; every other URL is classified deterministically from its host. */
  known?: Record<string, IntelixRiskLevel>;
}

/** Counters for tests: how many lookups per URL prove de-duplication. */
export interface IntelixSimStats {
  tokens: number;
  lookups: number;
  lookupsByUrl: Map<string, number>;
  authFailures: number;
}

/** A running SophosLabs Intelix simulator: token service and URL lookup on one origin. */
export interface IntelixSimulator {
  /** Base URL of the lookup API, e.g. `http://127.0.0.1:41234` (real: https://de.api.labs.sophos.com). */
  url: string;
  /** Token endpoint (real: https://api.labs.sophos.com/oauth2/token). */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  stats: IntelixSimStats;
  /** Make lookups of this URL answer 500 (a provider outage for one URL). */
  failUrl(url: string): void;
  close(): Promise<void>;
}

/**
 * Start a simulator of the two SophosLabs Intelix calls the local-site clean-up uses:
 * `POST /oauth2/token` (client credentials in HTTP Basic auth, form body
 * `grant_type=client_credentials`) and `GET /lookup/urls/v1/{percent-encoded URL}` with the bare
 * access token in `Authorization`, answering `{requestId, productivityCategory, securityCategory,
 * riskLevel}`. Shapes follow the public clients of that API; exact error bodies are not known.
 */
export async function startIntelixSimulator(
  options: IntelixSimulatorOptions = {},
): Promise<IntelixSimulator> {
  const clientId = options.clientId ?? "intelix-client-id";
  const clientSecret = options.clientSecret ?? "intelix-client-secret-0123";
  const known = new Map(Object.entries(options.known ?? {}));
  const tokens = new Set<string>();
  const failing = new Set<string>();
  const stats: IntelixSimStats = { tokens: 0, lookups: 0, lookupsByUrl: new Map(), authFailures: 0 };

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
      return send(response, 200, { access_token: token, token_type: "bearer", expires_in: 3600 });
    }
    const lookup = /^\/lookup\/urls\/v1\/(.+)$/.exec(path);
    if (request.method === "GET" && lookup) {
      if (!tokens.has(request.headers.authorization ?? "")) {
        stats.authFailures += 1;
        return send(response, 401, { message: "Unauthorized" });
      }
      const url = decodeURIComponent(lookup[1]!);
      stats.lookups += 1;
      stats.lookupsByUrl.set(url, (stats.lookupsByUrl.get(url) ?? 0) + 1);
      if (failing.has(url)) return send(response, 500, { message: "Internal server error" });
      return send(response, 200, { requestId: randomUUID(), ...classifyUrl(url, known) });
    }
    send(response, 404, { message: "Not found" });
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
    failUrl: (url) => failing.add(url),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}
