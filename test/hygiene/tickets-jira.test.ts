import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { reviewLines, startTicketScenario, writeConfig, type TicketScenario } from "./tickets-scenario.js";

describe("hygiene review files Jira issues", () => {
  let s: TicketScenario;
  let env: Record<string, string>;
  before(async () => {
    s = await startTicketScenario();
    env = { CENTRALCTL_TICKET_TOKEN: s.tickets.token };
  });
  after(() => s.close());

  test("one issue per review item in the project, with a bearer token from CENTRALCTL_TICKET_TOKEN", async () => {
    const flags = ["--ticket-system", "jira", "--ticket-url", `${s.tickets.url}/`, "--ticket-project", "SEC"];
    const lines = reviewLines(
      await s.ok(["hygiene", "review", "--file-tickets", ...flags, "-o", "ndjson"], env),
    );
    const issues = s.tickets.tickets("jira");
    assert.equal(issues.length, s.reviewIds.length);
    for (const line of lines) {
      assert.match(line.externalRef ?? "", /^SEC-\d+$/);
      const issue = issues.find((i) => i.ref === line.externalRef);
      const fields = issue?.body.fields as Record<string, unknown>;
      assert.deepEqual(fields.project, { key: "SEC" });
      assert.deepEqual(fields.issuetype, { name: "Task" });
      const labels = fields.labels as string[];
      assert.equal(labels[0], "centralctl");
      assert.match(labels[1] ?? "", new RegExp(`^centralctl-\\d+-${line.endpointId}$`), "our stable id");
      assert.match(String(fields.summary), new RegExp(line.hostname));
      assert.equal(issue?.headers.authorization, `Bearer ${s.tickets.token}`);
    }
  });

  test("settings from hygiene.tickets in the config file; closing runs the configured transition", async () => {
    writeConfig(s, {
      hygiene: { tickets: { system: "jira", url: s.tickets.url, project: "SEC", transitionId: "31" } },
    });
    const before = s.tickets.requests;
    await s.ok(["hygiene", "review", "--file-tickets"], env);
    assert.equal(s.tickets.requests, before, "nothing left to file");
    const [first, second] = reviewLines(await s.ok(["hygiene", "review", "-o", "ndjson"]));
    assert.ok(first?.externalRef && second?.externalRef);
    const out = await s.ok(["hygiene", "approve", first.ticket], env);
    assert.match(out, new RegExp(`${first.externalRef} closed in Jira`));
    const issue = s.tickets.tickets("jira").find((i) => i.ref === first.externalRef);
    assert.equal(issue?.state, "closed");
    assert.deepEqual(issue?.updates[0], { transition: { id: "31" } });

    writeConfig(s, { hygiene: { tickets: { system: "jira", url: s.tickets.url, project: "SEC" } } });
    await s.ok(["hygiene", "reject", second.externalRef], env);
    const commented = s.tickets.tickets("jira").find((i) => i.ref === second.externalRef);
    assert.equal(commented?.state, "open", "without a transition id the issue is only commented");
    assert.match(commented?.comments[0] ?? "", /was rejected/);
  });

  test("a Jira project that does not exist is a clear rejection naming the field", async () => {
    writeConfig(s, {});
    await s.ok(s.planArgs);
    const flags = ["--ticket-system", "jira", "--ticket-url", s.tickets.url, "--ticket-project", "NOPE"];
    const run = await s.run(["hygiene", "review", "--file-tickets", ...flags], { env });
    assert.equal(run.code, 3, run.stderr);
    assert.match(
      run.stderr,
      /Jira http:\/\/127\.0\.0\.1:\d+\/rest\/api\/2\/issue rejected .*project: valid project is required/,
    );
  });
});
