import {
  jiraComment,
  jiraIssue,
  jiraLookupJql,
  jiraTransition,
  parseJiraAnswer,
  firstFoundIssue,
} from "./jira-payload.js";
import { TicketError } from "./ticket-error.js";
import type { TicketAnswer, TicketHttp } from "./ticket-http.js";
import type { TicketFiler } from "./ticket-filer.js";

/** Where Jira issues go and how they are closed. */
export interface JiraOptions {
  project: string;
  issueType?: string | undefined;
  /**
   * The workflow transition that closes an issue (see GET /rest/api/2/issue/{key}/transitions). Ids
   * differ per workflow, so without one close only adds a comment and a person moves the issue.
   */
  transitionId?: string | undefined;
}

/**
 * Jira issues over REST v2: one issue per review item, labelled `centralctl` and with our stable id.
 * Before creating, it searches for that label, so a run that died between create and store, or a
 * re-run, never opens a twin. (Search by JQL is GET /rest/api/2/search: not in shared/reference.)
 */
export function createJiraFiler(
  baseUrl: string,
  send: TicketHttp,
  destination: string,
  options: JiraOptions,
): TicketFiler {
  const issues = `${baseUrl}/rest/api/2/issue`;
  return {
    system: "jira",
    destination,
    async open(item) {
      const jql = encodeURIComponent(jiraLookupJql(options.project, item.centralctlTicketId));
      // The first issue found, as a create would have answered it.
      const lookUp = async (): Promise<TicketAnswer | undefined> => {
        const found = await send({
          method: "GET",
          url: `${baseUrl}/rest/api/2/search?jql=${jql}&fields=key&maxResults=1`,
          what: `the issue lookup by label ${item.centralctlTicketId}`,
        });
        const first = firstFoundIssue(found.json);
        return first === undefined ? undefined : { status: 200, json: first };
      };
      const existing = await lookUp();
      const answer =
        existing ??
        (await send({
          beforeRetry: lookUp,
          method: "POST",
          url: issues,
          what: `the issue for ${item.hostname} in project ${options.project}`,
          body: jiraIssue(item, options.project, options.issueType),
        }));
      const filed = parseJiraAnswer(answer.json, baseUrl);
      if (filed === undefined) {
        throw new TicketError(`Jira ${destination} answered the create without an issue key.`, {
          system: "jira",
          failure: "rejected",
          url: destination,
        });
      }
      return filed;
    },
    async close(ref, resolution) {
      const key = encodeURIComponent(ref.externalRef);
      if (options.transitionId !== undefined) {
        await send({
          method: "POST",
          url: `${issues}/${key}/transitions`,
          what: `transition ${options.transitionId} of ${ref.externalRef}`,
          body: jiraTransition(options.transitionId),
        });
        return;
      }
      await send({
        method: "POST",
        url: `${issues}/${key}/comment`,
        what: `a comment on ${ref.externalRef}`,
        body: jiraComment(resolution),
      });
    },
  };
}
