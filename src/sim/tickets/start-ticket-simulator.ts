import { createServer, type IncomingMessage } from "node:http";
import { listenSimServer } from "../listen-sim-server.js";
import { GENERIC_PATH, handleTicketRequest } from "./handle-ticket-request.js";
import {
  createTicketSimState,
  type SimTicket,
  type SimTicketSystem,
  type TicketSimulatorOptions,
} from "./ticket-sim-state.js";

/** A running ticket simulator; `tickets()` and `requests` are read live. */
export interface TicketSimulator {
  /** Base URL, e.g. `http://127.0.0.1:41234`: the ServiceNow instance and Jira base URL. */
  url: string;
  /** The generic webhook URL (`{url}/hooks/tickets`). */
  genericUrl: string;
  user: string;
  password: string;
  token: string;
  /** Requests seen, scripted failures and refusals included. */
  readonly requests: number;
  /** Created tickets, oldest first, optionally of one system. */
  tickets(system?: SimTicketSystem): SimTicket[];
  /**
   * Answer `count` requests with `status` (default 500), optionally with Retry-After, after letting
   * `after` requests through normally (default 0). With `afterEffect` the failing requests still take
   * effect (a ticket is created) and only their answer is the failure.
   */
  failNext(
    count: number,
    status?: number,
    options?: { after?: number; retryAfterSeconds?: number; afterEffect?: boolean },
  ): void;
  close(): Promise<void>;
}

/**
 * Start one HTTP server that serves a generic JSON ticket webhook, the ServiceNow Table API for
 * incidents and Jira REST v2 issues, with Basic/Bearer auth checks and scripted failures.
 *
 * @example
 * const sim = await startTicketSimulator();
 * // file against sim.url (servicenow/jira) or sim.genericUrl with `${sim.user}:${sim.password}`
 * assert.equal(sim.tickets("servicenow").length, 3);
 */
export async function startTicketSimulator(options: TicketSimulatorOptions = {}): Promise<TicketSimulator> {
  const state = createTicketSimState(options);
  const server = createServer((request, response) => {
    readBody(request)
      .then((text) => {
        const url = new URL(request.url ?? "/", "http://sim");
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(request.headers))
          if (typeof value === "string") headers[name] = value;
        let body: unknown;
        try {
          body = text === "" ? undefined : (JSON.parse(text) as unknown);
        } catch {
          body = text;
        }
        const reply = handleTicketRequest(state, {
          method: request.method ?? "GET",
          path: url.pathname,
          query: url.searchParams,
          headers,
          body,
        });
        const out = reply.body === undefined ? "" : JSON.stringify(reply.body);
        response.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
        response.end(out);
      })
      .catch(() => request.socket.destroy());
  });
  const listening = await listenSimServer(server, options);
  const { port } = listening;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  return {
    url,
    genericUrl: `${url}${GENERIC_PATH}`,
    user: state.user,
    password: state.password,
    token: state.token,
    get requests() {
      return state.requests;
    },
    tickets: (system) => state.tickets.filter((t) => system === undefined || t.system === system),
    failNext(count, status = 500, options = {}) {
      for (let i = 0; i < (options.after ?? 0); i++) state.script.push("pass");
      for (let i = 0; i < count; i++)
        state.script.push({
          status,
          retryAfterSeconds: options.retryAfterSeconds,
          afterEffect: options.afterEffect,
        });
    },
    close: listening.close,
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
