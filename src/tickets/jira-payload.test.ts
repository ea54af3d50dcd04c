import assert from "node:assert/strict";
import { test } from "node:test";
import {
  jiraComment,
  jiraIssue,
  jiraLookupJql,
  jiraTransition,
  parseJiraAnswer,
  firstFoundIssue,
} from "./jira-payload.js";
import type { TicketItem } from "./ticket-filer.js";

const item: TicketItem = {
  localId: 3,
  centralctlTicketId: "centralctl-3-e-9",
  tenantId: "t-1",
  endpointId: "e-9",
  hostname: "srv-db",
  reasons: ["ambiguous_match", "server"],
  sentence: "srv-db matches two directory computers.",
  evidence: {},
};

test("an issue is created in the project with the issue type, a plain-text description and the centralctl label", () => {
  const issue = jiraIssue(item, "SEC");
  assert.deepEqual(issue.fields.project, { key: "SEC" });
  assert.deepEqual(issue.fields.issuetype, { name: "Task" });
  assert.deepEqual(issue.fields.labels, ["centralctl", item.centralctlTicketId]);
  assert.match(issue.fields.summary, /srv-db \(ambiguous_match, server\)/);
  assert.equal(typeof issue.fields.description, "string");
  assert.doesNotMatch(issue.fields.description, /Evidence:/, "no empty evidence section");
  assert.equal(jiraIssue(item, "OPS", "Bug").fields.issuetype.name, "Bug");
});

test("close bodies: a transition by id, or a comment", () => {
  assert.deepEqual(jiraTransition("31"), { transition: { id: "31" } });
  assert.deepEqual(jiraComment("approved"), { body: "approved" });
});

test("the create answer gives the key as reference, the id and a browse link", () => {
  assert.deepEqual(parseJiraAnswer({ id: "10001", key: "SEC-4", self: "x" }, "https://jira.corp"), {
    externalRef: "SEC-4",
    systemId: "10001",
    url: "https://jira.corp/browse/SEC-4",
  });
  assert.equal(parseJiraAnswer({ id: "10001" }, "https://jira.corp"), undefined);
});

test("the lookup JQL quotes the project and label, and a search answer gives the first issue", () => {
  assert.equal(jiraLookupJql("SEC", "centralctl-3-e-9"), 'project = "SEC" AND labels = "centralctl-3-e-9"');
  assert.equal(jiraLookupJql('A"B', "x\\y"), 'project = "A\\"B" AND labels = "x\\\\y"');
  assert.deepEqual(firstFoundIssue({ issues: [{ id: "10001", key: "SEC-1" }] }), {
    id: "10001",
    key: "SEC-1",
  });
  assert.equal(firstFoundIssue({ issues: [] }), undefined);
  assert.equal(firstFoundIssue({ issues: [{ id: "1" }] }), undefined, "an issue without a key is not found");
});
