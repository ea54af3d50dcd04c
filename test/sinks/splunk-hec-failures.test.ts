import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { createMemorySpool, createSplunkSink, SplunkHecError } from "../../src/sinks/splunk/index.js";
import { encodeSpoolPayload } from "../../src/sinks/splunk/spool-payload.js";
import { startHecSimulator } from "../../src/sim/splunk/index.js";
import { alerts, closeRejects, FAST, unusedPort, writeAll } from "./hec-test-helpers.js";

describe("Splunk HEC sink failures keep every event", () => {
  test("a wrong token stops with a clear message that never contains the token, keeping events spooled", async (t) => {
    const hec = await startHecSimulator();
    t.after(() => hec.close());
    const token = "6f1c2a8e-0d4b-4f3e-9a71-3c5d2e8b9f10";
    const spool = createMemorySpool();
    const sink = createSplunkSink({ ...FAST, url: hec.url, token, spool });
    const { accepted } = await writeAll(sink, alerts(200));
    const error = await closeRejects(sink);

    assert.ok(error instanceof SplunkHecError);
    assert.equal(error.status, 403);
    assert.equal(error.code, 4);
    assert.match(error.message, /token is not valid/);
    assert.match(error.message, new RegExp(hec.url.replace(/\./g, "\\.")));
    assert.ok(!error.message.includes(token), "the token must not appear in the message");
    assert.ok(!JSON.stringify(error.report).includes(token));
    assert.equal(error.report?.spooled, accepted, "every accepted event stays in the spool");
    assert.equal(hec.stats.indexed, 0);
  });

  test("a disabled token is reported as disabled", async (t) => {
    const hec = await startHecSimulator();
    t.after(() => hec.close());
    hec.controls.setTokenDisabled(true);
    const sink = createSplunkSink({ ...FAST, url: hec.url, token: hec.token, spool: createMemorySpool() });
    await writeAll(sink, alerts(10));
    const error = await closeRejects(sink);
    assert.match(error.message, /token is disabled.*HTTP 403, code 1/);
    assert.ok(!error.message.includes(hec.token));
  });

  test("an unreachable collector gives a clear message; the spool is delivered first by the next run", async (t) => {
    const spool = createMemorySpool();
    const dead = `http://127.0.0.1:${await unusedPort()}`;
    const sink = createSplunkSink({
      ...FAST,
      url: dead,
      token: "unreachable-token",
      spool,
      queue: "q",
      maxAttempts: 3,
    });
    const { accepted } = await writeAll(sink, alerts(300));
    const error = await closeRejects(sink);
    assert.match(error.message, /did not take the events after 3 attempts \(last: .*ECONNREFUSED/);
    assert.ok(error.message.includes(dead));
    assert.equal(error.report?.spooled, accepted);
    assert.ok(accepted > 0);

    const hec = await startHecSimulator();
    t.after(() => hec.close());
    const next = createSplunkSink({ ...FAST, url: hec.url, token: hec.token, spool, queue: "q" });
    const report = await next.close();
    assert.deepEqual(report, { delivered: accepted, resent: accepted, failed: 0, spooled: 0 });
    assert.equal(hec.stats.uniqueIndexed, accepted);
  });

  test("a batch the collector cannot parse is moved to the dead-letter queue, the rest still goes", async (t) => {
    const hec = await startHecSimulator();
    t.after(() => hec.close());
    const spool = createMemorySpool();
    await spool.put("q", "broken", encodeSpoolPayload(2, '{"event":"a"}\n{"event":'));
    const sink = createSplunkSink({ ...FAST, url: hec.url, token: hec.token, spool, queue: "q" });
    await sink.write({ id: "fine" });
    const report = await sink.close();
    assert.deepEqual(report, { delivered: 1, resent: 2, failed: 2, spooled: 0 });
    assert.deepEqual(
      (await spool.list("q:dead")).map((e) => e.id),
      ["broken"],
    );
  });

  test("a token without indexer acknowledgement still counts as delivered", async (t) => {
    const hec = await startHecSimulator({ ackEnabled: false });
    t.after(() => hec.close());
    const sink = createSplunkSink({
      ...FAST,
      url: hec.url,
      token: hec.token,
      spool: createMemorySpool(),
      ack: true,
    });
    for (const alert of alerts(60)) await sink.write(alert);
    assert.equal((await sink.close()).delivered, 60);
  });
});
