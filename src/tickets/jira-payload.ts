import type { FiledTicket, TicketItem } from "./ticket-filer.js";
import { ticketDescription, ticketSummary } from "./ticket-text.js";

// Jira REST v2 (Data Center/Server, and Cloud's v2 which still takes a plain-text description).
// Create issue and its 201 {"id","key","self"} answer are in shared/reference/integrations.md §5; the
// transitions and comment calls used to close are from our knowledge of the v2 API ("not in
// shared/reference").

/** The create-issue body. */
export interface JiraIssue {
  fields: {
    project: { key: string };
    issuetype: { name: string };
    summary: string;
    description: string;
    labels: string[];
  };
}

/**
 * Build the create-issue body for a review item in `project` (issue type default "Task"). Besides
 * `centralctl`, the issue carries our stable id as a label (labels hold no blanks; ours has none), so
 * a re-run can find it before creating: Jira has no idempotency key of its own.
 */
export function jiraIssue(item: TicketItem, project: string, issueType = "Task"): JiraIssue {
  return {
    fields: {
      project: { key: project },
      issuetype: { name: issueType },
      summary: ticketSummary(item),
      description: ticketDescription(item),
      labels: ["centralctl", item.centralctlTicketId],
    },
  };
}

/**
 * The JQL that finds the issue filed for an item: its stable-id label in the project. Quotes and
 * backslashes are escaped for the JQL string literal.
 */
export function jiraLookupJql(project: string, centralctlTicketId: string): string {
  const quote = (text: string): string => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  return `project = ${quote(project)} AND labels = ${quote(centralctlTicketId)}`;
}

/**
 * The first issue of a GET /rest/api/2/search answer (`{id, key, self}`, the shape a create answers),
 * or undefined when none with a key was found.
 */
export function firstFoundIssue(json: unknown): unknown {
  const issues = (json as { issues?: unknown } | null | undefined)?.issues;
  const first: unknown = Array.isArray(issues) ? issues[0] : undefined;
  return typeof (first as { key?: unknown } | undefined)?.key === "string" ? first : undefined;
}

/** POST /rest/api/2/issue/{key}/transitions body: move the issue through the configured transition. */
export function jiraTransition(transitionId: string): { transition: { id: string } } {
  return { transition: { id: transitionId } };
}

/** POST /rest/api/2/issue/{key}/comment body, used when no transition is configured. */
export function jiraComment(resolution: string): { body: string } {
  return { body: resolution };
}

/** Read the create answer; `undefined` when it has no key. */
export function parseJiraAnswer(json: unknown, baseUrl: string): FiledTicket | undefined {
  const { key, id } = (json ?? {}) as { key?: unknown; id?: unknown };
  if (typeof key !== "string" || key === "") return undefined;
  return {
    externalRef: key,
    url: `${baseUrl}/browse/${encodeURIComponent(key)}`,
    ...(typeof id === "string" ? { systemId: id } : {}),
  };
}
