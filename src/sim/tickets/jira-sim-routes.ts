import { errorReply, type TicketSimReply, type TicketSimRequest } from "./ticket-sim-reply.js";
import type { TicketSimState } from "./ticket-sim-state.js";

const ISSUES = "/rest/api/2/issue";

/** Jira REST v2: search by label, create issue, transition it, comment on it. */
export function jiraRoute(state: TicketSimState, req: TicketSimRequest): TicketSimReply | undefined {
  if (req.path === "/rest/api/2/search" && req.method === "GET")
    return search(state, req.query.get("jql") ?? "");
  if (req.path === ISSUES && req.method === "POST") {
    const fields = (req.body as { fields?: Record<string, unknown> } | undefined)?.fields;
    if (typeof fields !== "object" || fields === null) return errorReply("jira", 400, "fields are required");
    const errors: Record<string, string> = {};
    const project = (fields.project as { key?: unknown } | undefined)?.key;
    if (typeof project !== "string" || !state.jiraProjects.has(project))
      errors.project = "valid project is required";
    if (typeof (fields.issuetype as { name?: unknown } | undefined)?.name !== "string")
      errors.issuetype = "valid issue type is required";
    if (typeof fields.summary !== "string" || fields.summary === "")
      errors.summary = "You must specify a summary of the issue.";
    if (fields.description !== undefined && typeof fields.description !== "string")
      errors.description = "Operation value must be a string";
    if (Object.keys(errors).length > 0) return { status: 400, body: { errorMessages: [], errors } };
    state.counters.jira += 1;
    const id = String(10_000 + state.counters.jira);
    const ticket = {
      system: "jira" as const,
      ref: `${project as string}-${state.counters.jira}`,
      internalId: id,
      body: req.body as Record<string, unknown>,
      headers: req.headers,
      state: "open" as const,
      updates: [],
      comments: [],
    };
    state.tickets.push(ticket);
    return { status: 201, body: { id, key: ticket.ref, self: `${ISSUES}/${id}` } };
  }
  const action = new RegExp(`^${ISSUES}/([^/]+)/(transitions|comment)$`).exec(req.path);
  if (!action || req.method !== "POST") return undefined;
  const key = decodeURIComponent(action[1] ?? "");
  const ticket = state.tickets.find((t) => t.system === "jira" && (t.ref === key || t.internalId === key));
  if (!ticket)
    return errorReply("jira", 404, "Issue does not exist or you do not have permission to see it.");
  if (action[2] === "comment") {
    const body = (req.body as { body?: unknown } | undefined)?.body;
    if (typeof body !== "string")
      return {
        status: 400,
        body: { errorMessages: [], errors: { comment: "Comment body can not be empty!" } },
      };
    ticket.comments.push(body);
    return { status: 201, body: { id: String(ticket.comments.length), body } };
  }
  const transition = (req.body as { transition?: { id?: unknown } } | undefined)?.transition?.id;
  if (typeof transition !== "string") return errorReply("jira", 400, "transition id is required");
  ticket.updates.push(req.body as Record<string, unknown>);
  if (state.closingTransitions.has(transition)) ticket.state = "closed";
  return { status: 204 };
}

/** JQL of the one form centralctl sends: `project = "P" AND labels = "L"`; anything else is a 400. */
function search(state: TicketSimState, jql: string): TicketSimReply {
  const match = /^project = "((?:[^"\\]|\\.)*)" AND labels = "((?:[^"\\]|\\.)*)"$/.exec(jql);
  if (!match)
    return errorReply("jira", 400, `the simulator only supports project = "P" AND labels = "L", not ${jql}`);
  const unquote = (text: string): string => text.replace(/\\(.)/g, "$1");
  const [project, label] = [unquote(match[1] ?? ""), unquote(match[2] ?? "")];
  const issues = state.tickets.filter((t) => {
    const fields = (t.body as { fields?: { project?: { key?: unknown }; labels?: unknown } }).fields;
    return (
      t.system === "jira" &&
      fields?.project?.key === project &&
      Array.isArray(fields.labels) &&
      fields.labels.includes(label)
    );
  });
  return {
    status: 200,
    body: {
      startAt: 0,
      maxResults: 1,
      total: issues.length,
      issues: issues
        .slice(0, 1)
        .map((t) => ({ id: t.internalId, key: t.ref, self: `${ISSUES}/${t.internalId}` })),
    },
  };
}
