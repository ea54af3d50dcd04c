/** What a route answers. */
export interface TicketSimReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request as the routes see it: method, path, query, lower-case headers and parsed JSON body. */
export interface TicketSimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

/** The error shape of each system, so clients parse what the real one sends. */
export function errorReply(
  system: "generic" | "servicenow" | "jira",
  status: number,
  message: string,
): TicketSimReply {
  if (system === "servicenow") {
    return { status, body: { error: { message, detail: null }, status: "failure" } };
  }
  if (system === "jira") return { status, body: { errorMessages: [message], errors: {} } };
  return { status, body: { error: message } };
}
