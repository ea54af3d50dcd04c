import { isAuthorized } from "./ticket-sim-auth.js";
import { errorReply, type TicketSimReply, type TicketSimRequest } from "./ticket-sim-reply.js";
import type { TicketSimState } from "./ticket-sim-state.js";
import { jiraRoute } from "./jira-sim-routes.js";
import { serviceNowRoute } from "./servicenow-sim-routes.js";

/** The generic webhook path (any path under it works, so tests can tell receivers apart). */
export const GENERIC_PATH = "/hooks/tickets";

/**
 * Answer one request: scripted failures first, then the auth check, then the route table. Unknown
 * routes are a loud 404 so a client calling the wrong path fails its test.
 */
export function handleTicketRequest(state: TicketSimState, req: TicketSimRequest): TicketSimReply {
  state.requests += 1;
  const system = req.path.startsWith("/api/now/")
    ? "servicenow"
    : req.path.startsWith("/rest/api/")
      ? "jira"
      : "generic";
  const failure = state.script.shift();
  if (failure !== undefined && failure !== "pass") {
    // A failure "after effect" does the work, then loses the answer: what a timeout after a create looks like.
    if (failure.afterEffect) handleTicketRequest(state, req);
    const reply = errorReply(system, failure.status, `scripted failure ${failure.status}`);
    if (failure.retryAfterSeconds !== undefined)
      reply.headers = { "retry-after": String(failure.retryAfterSeconds) };
    return reply;
  }
  if (!isAuthorized(state, req.headers.authorization)) {
    return errorReply(system, 401, system === "servicenow" ? "User Not Authenticated" : "Unauthorized");
  }
  if (system === "generic" && req.path.startsWith(GENERIC_PATH) && req.method === "POST") {
    return genericCreate(state, req);
  }
  const routed = system === "servicenow" ? serviceNowRoute(state, req) : jiraRoute(state, req);
  return routed ?? errorReply(system, 404, `the ticket simulator has no route ${req.method} ${req.path}`);
}

function genericCreate(state: TicketSimState, req: TicketSimRequest): TicketSimReply {
  const body = req.body as Record<string, unknown> | undefined;
  if (typeof body !== "object" || body === null || typeof body.centralctlTicketId !== "string") {
    return errorReply("generic", 400, "centralctlTicketId is required");
  }
  // Idempotency-Key: a repeat of a request whose answer was lost returns the same ticket.
  const key = req.headers["idempotency-key"];
  const existing = state.tickets.find(
    (t) => t.system === "generic" && key !== undefined && t.headers["idempotency-key"] === key,
  );
  if (existing) return { status: 200, body: { id: existing.ref } };
  state.counters.generic += 1;
  const ref = `GEN-${state.counters.generic}`;
  state.tickets.push({
    system: "generic",
    ref,
    internalId: ref,
    body,
    headers: req.headers,
    state: "open",
    updates: [],
    comments: [],
  });
  return { status: 201, body: { id: ref } };
}
