import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openStore } from "../../src/store/index.js";
import { join } from "node:path";
import { reviewLines, startTicketScenario, type TicketScenario } from "./tickets-scenario.js";

describe("hygiene review files ServiceNow incidents", () => {
  let s: TicketScenario;
  let flags: string[];
  let env: Record<string, string>;
  before(async () => {
    s = await startTicketScenario();
    flags = [
      "--ticket-system",
      "servicenow",
      "--ticket-url",
      s.tickets.url,
      "--ticket-secret",
      "env:SN_AUTH",
    ];
    env = { SN_AUTH: `${s.tickets.user}:${s.tickets.password}` };
  });
  after(() => s.close());

  test("one incident per review item with our stable correlation_id; refs stored and shown", async () => {
    const lines = reviewLines(
      await s.ok(["hygiene", "review", "--file-tickets", ...flags, "-o", "ndjson"], env),
    );
    const incidents = s.tickets.tickets("servicenow");
    assert.equal(incidents.length, s.reviewIds.length);
    assert.deepEqual(new Set(lines.map((l) => l.endpointId)), new Set(s.reviewIds));
    for (const line of lines) {
      const incident = incidents.find((i) => i.ref === line.externalRef);
      assert.ok(incident, `incident ${line.externalRef} for ${line.hostname}`);
      assert.equal(incident.body.correlation_id, `centralctl-${line.ticket.slice(1)}-${line.endpointId}`);
      assert.match(String(incident.body.short_description), new RegExp(line.hostname));
      assert.equal(incident.body.urgency, "3");
      assert.match(incident.headers.authorization ?? "", /^Basic /);
    }
    const table = await s.ok(["hygiene", "review"]);
    assert.match(table, /#\d+ INC00\d{5}/, "the ticket column shows the incident number");
  });

  test("a second run files nothing new and sends no request", async () => {
    const before = s.tickets.requests;
    await s.ok(["hygiene", "review", "--file-tickets", ...flags], env);
    assert.equal(s.tickets.tickets("servicenow").length, s.reviewIds.length);
    assert.equal(s.tickets.requests, before);
  });

  test("closing a ticket closes its incident by sys_id with state 7", async () => {
    const lines = reviewLines(await s.ok(["hygiene", "review", "-o", "ndjson"]));
    const first = lines[0];
    assert.ok(first?.externalRef);
    const out = await s.ok(["hygiene", "close", first.externalRef, ...flags], env);
    assert.match(out, /is now closed/);
    assert.match(out, new RegExp(`${first.externalRef} closed in ServiceNow`));
    const incident = s.tickets.tickets("servicenow").find((i) => i.ref === first.externalRef);
    assert.equal(incident?.state, "closed");
    assert.equal(incident?.updates[0]?.state, "7");
    assert.match(String(incident?.updates[0]?.close_notes), /was closed/);
    const store = await openStore(join(s.workspace, "state.db"));
    try {
      const filed = await store.journal.list({ kind: "ticket.filed" });
      assert.equal(filed.length, s.reviewIds.length);
      assert.equal(typeof filed[0]?.detail?.systemId, "string", "sys_id kept in the journal");
    } finally {
      store.close();
    }
  });

  test("wrong credentials: exit 4, a message naming ServiceNow's URL, never the secret; next run files them", async () => {
    await s.ok(s.planArgs);
    const wrong = { SN_AUTH: `${s.tickets.user}:Wr0ng-Passw0rd-77` };
    // The closed ticket's device is back in review: it gets a new local ticket.
    const run = await s.run(["hygiene", "review", "--file-tickets", ...flags, "-o", "ndjson"], {
      env: wrong,
    });
    assert.equal(run.code, 4, run.stderr);
    assert.match(
      run.stderr,
      new RegExp(`ServiceNow ${s.tickets.url}/api/now/table/incident refused the credentials`),
    );
    assert.match(run.stderr, /User Not Authenticated/);
    assert.doesNotMatch(run.stderr + run.stdout, /Wr0ng-Passw0rd-77/);
    assert.doesNotMatch(run.stderr, new RegExp(Buffer.from(wrong.SN_AUTH).toString("base64")));
    const unfiled = reviewLines(run.stdout).filter((l) => l.externalRef === undefined);
    assert.equal(unfiled.length, 1, "the new local ticket stays open without a reference");
    assert.match(unfiled[0]?.ticket ?? "", /^#\d+$/);
    await s.ok(["hygiene", "review", "--file-tickets", ...flags], env);
    assert.equal(s.tickets.tickets("servicenow").length, s.reviewIds.length + 1);
  });
});
