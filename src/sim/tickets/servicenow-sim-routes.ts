import { errorReply, type TicketSimReply, type TicketSimRequest } from "./ticket-sim-reply.js";
import { newSysId, type TicketSimState } from "./ticket-sim-state.js";

const TABLE = "/api/now/table/incident";

/** ServiceNow Table API for `incident`: query by correlation_id, create, and PATCH by sys_id. */
export function serviceNowRoute(state: TicketSimState, req: TicketSimRequest): TicketSimReply | undefined {
  if (req.path === TABLE && req.method === "GET") {
    const query = req.query.get("sysparm_query") ?? "";
    const match = /^correlation_id=(.*)$/.exec(query);
    if (!match)
      return errorReply("servicenow", 400, `the simulator only supports correlation_id=X, not "${query}"`);
    const found = state.tickets.filter(
      (t) => t.system === "servicenow" && t.body.correlation_id === match[1],
    );
    return { status: 200, body: { result: found.slice(0, 1).map(record) } };
  }
  if (req.path === TABLE && req.method === "POST") {
    const body = req.body as Record<string, unknown> | undefined;
    if (typeof body !== "object" || body === null || Array.isArray(body))
      return errorReply("servicenow", 400, "Exception while reading request");
    if (typeof body.short_description !== "string" || body.short_description === "")
      return errorReply("servicenow", 400, "short_description is mandatory in this simulator");
    const bad = Object.entries(body).find(([, v]) => typeof v !== "string");
    if (bad) return errorReply("servicenow", 400, `field ${bad[0]} must be a string`);
    state.counters.servicenow += 1;
    const ticket = {
      system: "servicenow" as const,
      ref: `INC${String(10_000 + state.counters.servicenow).padStart(7, "0")}`,
      internalId: newSysId(),
      body,
      headers: req.headers,
      state: "open" as const,
      updates: [],
      comments: [],
    };
    state.tickets.push(ticket);
    return {
      status: 201,
      body: { result: record(ticket) },
      headers: { location: `${TABLE}/${ticket.internalId}` },
    };
  }
  const patch = new RegExp(`^${TABLE}/([0-9a-f]{32})$`).exec(req.path);
  if (patch && (req.method === "PATCH" || req.method === "PUT")) {
    const ticket = state.tickets.find((t) => t.system === "servicenow" && t.internalId === patch[1]);
    if (!ticket) return errorReply("servicenow", 404, "No Record found");
    const body = (req.body ?? {}) as Record<string, unknown>;
    ticket.updates.push(body);
    if (body.state === "7") ticket.state = "closed";
    return { status: 200, body: { result: record(ticket) } };
  }
  return undefined;
}

function record(ticket: { ref: string; internalId: string; body: Record<string, unknown>; state: string }) {
  return {
    ...ticket.body,
    number: ticket.ref,
    sys_id: ticket.internalId,
    state: ticket.state === "closed" ? "7" : "1",
  };
}
