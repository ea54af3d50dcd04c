import { Readable } from "node:stream";
import { Agent, request } from "undici";
import { AuthenticationError } from "../../src/central/index.js";
import type { CentralClient } from "../../src/central/index.js";
import { createDashboardServer, type RunningDashboard } from "../../src/dashboard/server/index.js";
import type { DashboardContext, DashboardRoute } from "../../src/dashboard/dashboard-types.js";
import { html } from "../../src/dashboard/html.js";
import type { Logger } from "../../src/util/logger.js";
import { openStore, StoreError, type Store } from "../../src/store/index.js";

/** A dashboard over an in-memory store with small routes of its own, and an HTTP client for it. */
export interface ServerHarness {
  dashboard: RunningDashboard;
  store: Store;
  token: string;
  /** `Cookie` header of a signed-in browser. */
  cookie: string;
  /** The Host header a browser sends for `dashboard.origin`. */
  host: string;
  send(
    path: string,
    options?: { method?: string; headers?: Record<string, string>; body?: string | AsyncIterable<Buffer> },
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>;
  close(): Promise<void>;
}

/** Routes exercising the server: a listing with hostile data, an action, and pages that fail. */
export function testRoutes(): DashboardRoute[] {
  return [
    {
      method: "GET",
      pattern: "/",
      nav: "Tickets",
      page: async (context, request) => {
        const open = await context.store.tickets.listOpen();
        return {
          title: "Tickets",
          body: html`<h1>Tickets</h1>
            <p class="muted">filter=${request.query.get("q") ?? ""}</p>
            <table class="data">
              ${open.map(
                (t) =>
                  html`<tr>
                    <td>${t.hostname}</td>
                    <td>
                      <form class="inline" method="post" action="/tickets/${t.id}/approve">
                        <input type="hidden" name="csrf" value="${request.csrfToken}" /><button class="btn">
                          Approve
                        </button>
                      </form>
                    </td>
                  </tr>`,
              )}
            </table>`,
        };
      },
    },
    {
      method: "POST",
      pattern: "/tickets/:id/approve",
      action: async (context, request, form) => {
        const ticket = await context.store.tickets.setState(Number(request.params["id"]), "approved");
        await context.store.journal.append({
          kind: "ticket.state",
          actor: context.actor,
          tenantId: ticket.tenantId,
          endpointId: ticket.endpointId,
          hostname: ticket.hostname,
          outcome: "noted",
          detail: { ticketId: ticket.id, state: "approved", fields: [...form.keys()].join(",") },
        });
        return {
          redirect: "/",
          flash: { kind: "ok", text: `ticket #${ticket.id} (${ticket.hostname}) approved` },
        };
      },
    },
    {
      method: "POST",
      pattern: "/leave",
      action: async (_context, _request, form) => {
        if (form.get("ticket") === "x")
          throw Object.assign(new Error('"x" is not a ticket id; give a number such as 12'), { exitCode: 2 });
        return { redirect: form.get("to") ?? "/" };
      },
    },
    {
      method: "GET",
      pattern: "/broken",
      nav: "Broken",
      page: async () => {
        throw new StoreError("no plan p-123 in this state store; run centralctl hygiene plan first");
      },
    },
    {
      method: "GET",
      pattern: "/estate",
      page: async (context) => {
        await context.central();
        return { title: "never", body: html`` };
      },
    },
  ];
}

/** Start a dashboard over a fresh in-memory store. */
export async function startHarness(
  routes: DashboardRoute[] = testRoutes(),
  logger?: Logger,
): Promise<ServerHarness> {
  const store = await openStore(":memory:");
  const context: DashboardContext = {
    store,
    actor: "dashboard:tester",
    now: () => new Date("2026-01-01T00:00:00Z"),
    central: async (): Promise<CentralClient> => {
      throw new AuthenticationError(
        "no Sophos Central credentials: set SOPHOS_CLIENT_ID and SOPHOS_CLIENT_SECRET",
      );
    },
  };
  const token = "test-token-abcdefghijklmnopqrstuvwxyz-0123456789";
  const dashboard = await createDashboardServer({
    context,
    routes,
    port: 0,
    token,
    ...(logger ? { logger } : {}),
  });
  const agent = new Agent({ keepAliveTimeout: 1000 });
  const host = new URL(dashboard.origin).host;
  return {
    dashboard,
    store,
    token,
    cookie: `centralctl_dashboard=${token}`,
    host,
    async send(path, options = {}) {
      const base = {
        dispatcher: agent,
        method: (options.method ?? "GET") as "GET",
        headers: options.headers ?? {},
      };
      const url = `${dashboard.origin}${path}`;
      const answer = await (options.body === undefined
        ? request(url, base)
        : request(url, {
            ...base,
            body: typeof options.body === "string" ? options.body : Readable.from(options.body),
          }));
      return { status: answer.statusCode, headers: answer.headers, text: await answer.body.text() };
    },
    async close() {
      await agent.destroy();
      await dashboard.close();
      store.close();
    },
  };
}
