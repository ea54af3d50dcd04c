import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startHecSimulator } from "../../src/sim/splunk/index.js";
import { startWebhookReceiver } from "../delivery/delivery-helpers.js";
import { reviewLines, startTicketScenario, type TicketScenario } from "./tickets-scenario.js";

describe("hygiene review with the generic ticket webhook", () => {
  let s: TicketScenario;
  let flags: string[];
  const env = { HOOK_TOKEN: "" };
  before(async () => {
    s = await startTicketScenario();
    env.HOOK_TOKEN = s.tickets.token;
    flags = [
      "--ticket-system",
      "generic",
      "--ticket-url",
      s.tickets.genericUrl,
      "--ticket-secret",
      "env:HOOK_TOKEN",
    ];
  });
  after(() => s.close());

  test("a 429 is retried; one POST per item with the documented body and an Idempotency-Key", async () => {
    s.tickets.failNext(1, 429, { retryAfterSeconds: 0 });
    const lines = reviewLines(
      await s.ok(["hygiene", "review", "--file-tickets", ...flags, "-o", "ndjson"], env),
    );
    const created = s.tickets.tickets("generic");
    assert.equal(created.length, s.reviewIds.length);
    for (const line of lines) {
      const ticket = created.find((t) => t.ref === line.externalRef);
      assert.ok(ticket, `ticket for ${line.hostname}`);
      assert.deepEqual(Object.keys(ticket.body).sort(), [
        "centralctlTicketId",
        "endpointId",
        "evidence",
        "hostname",
        "reasons",
        "sentence",
        "tenantId",
      ]);
      assert.deepEqual(ticket.body.reasons, line.reasons.split(" "));
      assert.equal(ticket.headers["idempotency-key"], ticket.body.centralctlTicketId);
    }
  });

  test("closing says the generic webhook has no close call, and still closes the local ticket", async () => {
    const [first] = reviewLines(await s.ok(["hygiene", "review", "-o", "ndjson"]));
    const run = await s.run(["hygiene", "close", first?.ticket ?? "", ...flags], { env });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /is now closed/);
    assert.match(run.stderr, /has no close call; close it on the receiving side/);
  });

  test("review items go to a webhook receiver through the webhook sink", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const run = await s.run(["hygiene", "review", "--output", "webhook", "--webhook-url", receiver.url]);
      assert.equal(run.code, 0, run.stderr);
      const sent = receiver.accepted as Array<{ endpointId: string; externalRef?: string; ticket: string }>;
      assert.deepEqual(new Set(sent.map((r) => r.endpointId)), new Set(s.reviewIds));
      assert.ok(sent.some((r) => r.externalRef?.startsWith("GEN-")));
    } finally {
      await receiver.close();
    }
  });

  test("review items go to Splunk HEC through the same sink plumbing", async () => {
    const hec = await startHecSimulator({ keepEvents: true });
    try {
      const run = await s.run(
        ["hygiene", "review", "--output", "splunk", "--splunk-url", hec.url, "--splunk-token", "env:HEC"],
        {
          env: { HEC: hec.token },
        },
      );
      assert.equal(run.code, 0, run.stderr);
      const events = hec.events().map((e) => e.event as { endpointId: string });
      assert.deepEqual(new Set(events.map((e) => e.endpointId)), new Set(s.reviewIds));
    } finally {
      await hec.close();
    }
  });
});
