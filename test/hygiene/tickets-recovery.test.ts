import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { reviewLines, startTicketScenario, type TicketScenario } from "./tickets-scenario.js";

describe("a failing ticket system", () => {
  let s: TicketScenario;
  let flags: string[];
  let env: Record<string, string>;
  before(async () => {
    s = await startTicketScenario();
    env = { CENTRALCTL_TICKET_TOKEN: s.tickets.token };
    flags = [
      "--ticket-system",
      "jira",
      "--ticket-url",
      s.tickets.url,
      "--ticket-project",
      "SEC",
      "--ticket-retries",
      "1",
    ];
  });
  after(() => s.close());

  test("500s after two issues: exit 3, the rest stay local and unfiled, the next run files them", async () => {
    // Each item is a lookup and a create: two items get through, then the third item's lookup fails.
    s.tickets.failNext(2, 500, { after: 4 });
    const run = await s.run(["hygiene", "review", "--file-tickets", ...flags, "-o", "ndjson"], { env });
    assert.equal(run.code, 3, run.stderr);
    assert.match(
      run.stderr,
      /Jira http:\/\/127\.0\.0\.1:\d+\/rest\/api\/2\/search failed the issue lookup .* after 2 attempts \(last: HTTP 500/,
    );
    const rest = s.reviewIds.length - 2;
    assert.match(run.stderr, new RegExp(`Filed 2 ticket\\(s\\) .*; ${rest} stay open here`));
    const lines = reviewLines(run.stdout);
    assert.equal(lines.length, s.reviewIds.length);
    assert.equal(lines.filter((l) => l.externalRef !== undefined).length, 2);
    assert.ok(
      lines.every((l) => /^#\d+$/.test(l.ticket)),
      "every item has a local ticket",
    );
    assert.equal(s.tickets.tickets("jira").length, 2);

    await s.ok(["hygiene", "review", "--file-tickets", ...flags], env);
    assert.equal(s.tickets.tickets("jira").length, s.reviewIds.length, "no twins, no gaps");
    const refs = reviewLines(await s.ok(["hygiene", "review", "-o", "ndjson"])).map((l) => l.externalRef);
    assert.equal(new Set(refs).size, s.reviewIds.length);
  });

  test("close while the ticket system fails: the local ticket closes, exit 3 says to close it by hand", async () => {
    const [first] = reviewLines(await s.ok(["hygiene", "review", "-o", "ndjson"]));
    assert.ok(first?.externalRef);
    s.tickets.failNext(1, 503);
    const retries = flags.map((f) => (f === "1" ? "0" : f));
    const run = await s.run(["hygiene", "close", first.ticket, ...retries], { env });
    assert.equal(run.code, 3, run.stderr);
    assert.match(run.stdout, /is now closed/);
    assert.match(run.stderr, new RegExp(`${first.externalRef} is still open there; close it by hand`));
    const issue = s.tickets.tickets("jira").find((i) => i.ref === first.externalRef);
    assert.deepEqual(issue?.comments, []);
  });

  test("invalid ticket settings are a usage error before any ticket is opened", async () => {
    const run = await s.run([
      "hygiene",
      "review",
      "--file-tickets",
      "--ticket-system",
      "jira",
      "--ticket-url",
      s.tickets.url,
    ]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /jira needs a project key/);
    const bad = await s.run([
      "hygiene",
      "review",
      "--file-tickets",
      "--ticket-system",
      "generic",
      "--ticket-url",
      "http://u:p4ssw0rd-x@h/x",
    ]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /must not carry credentials/);
    assert.doesNotMatch(bad.stderr, /p4ssw0rd-x/);
  });
});

describe("a create whose answer is lost", () => {
  let s: TicketScenario;
  before(async () => {
    s = await startTicketScenario();
  });
  after(() => s.close());

  test("is found by the retry's lookup: one issue per item, no twin", async () => {
    const flags = ["--ticket-system", "jira", "--ticket-url", s.tickets.url, "--ticket-project", "SEC"];
    // Request 1 is the first item's lookup; request 2 its create, which takes effect but answers 500.
    s.tickets.failNext(1, 500, { after: 1, afterEffect: true });
    const env = { CENTRALCTL_TICKET_TOKEN: s.tickets.token };
    const run = await s.run(["hygiene", "review", "--file-tickets", ...flags, "-o", "ndjson"], { env });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(s.tickets.tickets("jira").length, s.reviewIds.length, "one issue per item, no twin");
    const refs = reviewLines(run.stdout).map((l) => l.externalRef);
    assert.equal(new Set(refs).size, s.reviewIds.length);
  });
});
