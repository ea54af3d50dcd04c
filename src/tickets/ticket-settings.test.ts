import assert from "node:assert/strict";
import { test } from "node:test";
import { parseTicketSettings } from "./ticket-settings.js";

test("valid settings pass; jira without a project and misspelt keys are refused with the key named", () => {
  assert.ok("settings" in parseTicketSettings({ system: "servicenow", url: "https://acme.service-now.com" }));
  const noProject = parseTicketSettings({ system: "jira", url: "https://jira.corp" });
  assert.ok("error" in noProject && /project/.test(noProject.error));
  const typo = parseTicketSettings({ system: "jira", url: "https://jira.corp", project: "SEC", projet: "X" });
  assert.ok("error" in typo && /projet/.test(typo.error));
  const kind = parseTicketSettings({ system: "remedy", url: "https://x" });
  assert.ok("error" in kind && /generic, servicenow, jira/.test(kind.error));
});

test("a URL with credentials in it is refused without echoing them", () => {
  const parsed = parseTicketSettings({ system: "generic", url: "https://u:pw-S3cret@soar.example/hook" });
  assert.ok("error" in parsed && /must not carry credentials/.test(parsed.error));
  assert.doesNotMatch("error" in parsed ? parsed.error : "", /pw-S3cret/);
});
