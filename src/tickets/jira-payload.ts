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

/** Build the create-issue body for a review item in `project` (issue type default "Task"). */
export function jiraIssue(item: TicketItem, project: string, issueType = "Task"): JiraIssue {
  return {
    fields: {
      project: { key: project },
      issuetype: { name: issueType },
      summary: ticketSummary(item),
      description: ticketDescription(item),
      labels: ["centralctl"],
    },
  };
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
