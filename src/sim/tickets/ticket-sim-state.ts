import { randomBytes } from "node:crypto";

/** Which API shape a simulated ticket was created through. */
export type SimTicketSystem = "generic" | "servicenow" | "jira";

/** A ticket the simulator holds, as created (the body exactly as received) and later changed. */
export interface SimTicket {
  system: SimTicketSystem;
  /** `GEN-1`, `INC0010001` or `SEC-1`. */
  ref: string;
  /** ServiceNow sys_id or Jira numeric id. */
  internalId: string;
  /** The create request body. */
  body: Record<string, unknown>;
  /** The request headers of the create (lower-case names). */
  headers: Record<string, string>;
  state: "open" | "closed";
  /** ServiceNow: the PATCH bodies; Jira: the transition bodies. */
  updates: Array<Record<string, unknown>>;
  comments: string[];
}

/** Credentials and projects the simulator accepts. */
export interface TicketSimulatorOptions {
  /** Basic auth user (default `centralctl`). */
  user?: string;
  /** Basic auth password (default `sim-password-7a1`). */
  password?: string;
  /** Bearer token (default `sim-token-5c2e9b`). */
  token?: string;
  /** Jira project keys that exist (default `["SEC"]`). */
  jiraProjects?: string[];
  /** Jira transition ids that close an issue (default `["31"]`). */
  closingTransitions?: string[];
  host?: string;
  port?: number;
}

/** The simulator's mutable state, shared by the routes and the controls. */
export interface TicketSimState {
  user: string;
  password: string;
  token: string;
  jiraProjects: Set<string>;
  closingTransitions: Set<string>;
  tickets: SimTicket[];
  /** Scripted answers, one per request, oldest first: a failure, or "pass" to answer normally. */
  script: Array<
    { status: number; retryAfterSeconds?: number | undefined; afterEffect?: boolean | undefined } | "pass"
  >;
  /** Requests seen, failures and refusals included. */
  requests: number;
  counters: { generic: number; servicenow: number; jira: number };
}

/** Fresh state with defaults filled in. */
export function createTicketSimState(options: TicketSimulatorOptions = {}): TicketSimState {
  return {
    user: options.user ?? "centralctl",
    password: options.password ?? "sim-password-7a1",
    token: options.token ?? "sim-token-5c2e9b",
    jiraProjects: new Set(options.jiraProjects ?? ["SEC"]),
    closingTransitions: new Set(options.closingTransitions ?? ["31"]),
    tickets: [],
    script: [],
    requests: 0,
    counters: { generic: 0, servicenow: 0, jira: 0 },
  };
}

/** A ServiceNow-like sys_id: 32 hex characters. */
export function newSysId(): string {
  return randomBytes(16).toString("hex");
}
