import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import { silentLogger, type Logger } from "../../util/logger.js";
import { registerSecret } from "../../util/redact.js";
import type { DashboardContext, DashboardRoute } from "../dashboard-types.js";
import { allowedHostHeaders } from "./allowed-hosts.js";
import { createDashboardSession, newSessionToken } from "./dashboard-session.js";
import { createFlashMessages } from "./flash-messages.js";
import { createDashboardHandler } from "./handle-dashboard-request.js";
import { hostForUrl, isWildcardHost } from "./is-loopback-host.js";
import { sendResponse } from "./send-response.js";

/** Options of {@link createDashboardServer}. */
export interface DashboardServerOptions {
  context: DashboardContext;
  routes: DashboardRoute[];
  /** Default 127.0.0.1. Anything else exposes the state store to the network: the CLI asks first. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** The session token; default 32 random bytes, base64url. */
  token?: string;
  logger?: Logger;
}

/** A listening dashboard. */
export interface RunningDashboard {
  /** The address to open, with `?token=…`: the only way in. */
  url: string;
  /** `http://host:port`, without the token. */
  origin: string;
  /** Stop accepting and drop open keep-alive connections. */
  close(): Promise<void>;
}

/**
 * Serve the dashboard: server-rendered pages from `routes` over `context`, behind a session token
 * (exchanged once for an HttpOnly cookie), a Host check against DNS rebinding, and CSRF and Origin
 * checks on every form post. Rejects with the listen error (e.g. `EADDRINUSE`) when it cannot listen.
 * @example
 * const dashboard = await createDashboardServer({ context, routes: STORE_ROUTES, port: 7878 });
 * console.error(`open ${dashboard.url}`);
 */
export async function createDashboardServer(options: DashboardServerOptions): Promise<RunningDashboard> {
  const host = options.host ?? "127.0.0.1";
  const token = options.token ?? newSessionToken();
  // The token is the whole of the access control: no log line or error may ever carry it.
  registerSecret(token);
  const logger = options.logger ?? silentLogger;
  const session = createDashboardSession(token);
  const flashes = createFlashMessages();

  const server = createServer();
  const listening = new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  await listening;
  const port = (server.address() as AddressInfo).port;
  const handle = createDashboardHandler({
    context: options.context,
    routes: options.routes,
    session,
    flashes,
    logger,
    allowedHosts: allowedHostHeaders({ host, port, localAddresses: localAddresses(), hostname: hostname() }),
  });
  server.on("request", (request, response) => {
    const started = performance.now();
    response.once("finish", () => {
      // The path only: the query may hold the session token on the first visit.
      const path = (request.url ?? "/").split("?")[0];
      const ms = Math.round(performance.now() - started);
      logger.debug("dashboard request", { method: request.method, path, status: response.statusCode, ms });
    });
    handle(request, response).catch((error: unknown) => {
      // Our own failure (a client that hung up mid-form, a bug): the page handlers' errors never get here.
      logger.debug("dashboard request failed", {
        error: error instanceof Error ? error.message : String(error),
      });
      if (!response.headersSent) sendResponse(response, 500, "Internal error; see the dashboard's log.\n");
      else response.destroy();
    });
  });

  const origin = `http://${hostForUrl(isWildcardHost(host) ? urlHostForWildcard() : host)}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function localAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((entry) => entry.address));
}

// Bound to every interface, the printed URL needs a real address: the first external IPv4 one,
// which is what a colleague on the LAN would type; else loopback.
function urlHostForWildcard(): string {
  const external = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .find((entry) => entry.family === "IPv4" && !entry.internal);
  return external?.address ?? "127.0.0.1";
}
