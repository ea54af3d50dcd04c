import { strict as assert } from "node:assert";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, test } from "node:test";
import { createMemorySpool, createSplunkSink } from "../../src/sinks/splunk/index.js";
import { startHecSimulator } from "../../src/sim/splunk/index.js";
import { alerts, eventIds, FAST, waitFor } from "./hec-test-helpers.js";

describe("Splunk HEC sink delivers to the HEC simulator", () => {
  test("delivers every record once with time, stable id and splunk_trans metadata", async (t) => {
    const hec = await startHecSimulator({ ackEnabled: true, ackDelayMs: 10 });
    t.after(() => hec.close());
    const spool = createMemorySpool();
    const sink = createSplunkSink({
      ...FAST,
      url: hec.url,
      token: hec.token,
      spool,
      ack: true,
      output: "splunk_trans",
      host: "central",
      source: "centralctl",
      sourcetype: "sophos:central:alerts",
      index: "sophos",
      timeField: "raisedAt",
    });
    for (const alert of alerts(120)) await sink.write(alert);
    const report = await sink.close();

    assert.deepEqual(report, { delivered: 120, resent: 0, failed: 0, spooled: 0 });
    assert.deepEqual(hec.stats, { received: 120, indexed: 120, uniqueIndexed: 120, acksPending: 0 });
    const first = hec.events()[0];
    assert.equal(first?.["time"], 1714557600);
    assert.equal(first?.["sourcetype"], "sophos:central:alerts");
    assert.equal(first?.["index"], "sophos");
    assert.match((first?.["fields"] as { centralctl_id: string }).centralctl_id, /^[0-9a-f]{32}$/);
  });

  test("output splunk sends events as they are, leaving host/source/sourcetype to the collector", async (t) => {
    const hec = await startHecSimulator();
    t.after(() => hec.close());
    const sink = createSplunkSink({
      ...FAST,
      url: `${hec.url}/services/collector/event`,
      token: hec.token,
      spool: createMemorySpool(),
      sourcetype: "ignored",
    });
    await sink.write({ id: "e1", hostname: "pc-1" });
    await sink.close();
    assert.deepEqual(Object.keys(hec.events()[0] ?? {}), ["event", "fields"]);
  });

  test("a run killed between send and acknowledgement is completed by the next run exactly once", async (t) => {
    const hec = await startHecSimulator({ ackEnabled: true, ackDelayMs: 60_000 });
    t.after(() => hec.close());
    const spool = createMemorySpool();
    const options = { ...FAST, url: hec.url, token: hec.token, spool, ack: true, queue: "hec" };

    const first = createSplunkSink(options);
    for (const alert of alerts(1000)) await first.write(alert);
    await waitFor(() => hec.stats.indexed === 1000, "the first run's events to be indexed");
    first.abort();
    assert.equal(await spool.count("hec"), 20, "every unacknowledged batch is still spooled");

    hec.controls.setAckDelay(0);
    hec.controls.forgetAcks();
    const second = createSplunkSink(options);
    for (const alert of alerts(500, 1000)) await second.write(alert);
    const report = await second.close();

    assert.deepEqual(report, { delivered: 1500, resent: 1000, failed: 0, spooled: 0 });
    assert.equal(hec.stats.uniqueIndexed, 1500);
    assert.equal(hec.stats.indexed, 2500, "the re-sent events arrive twice and de-duplicate by id");
    assert.equal(eventIds(hec).size, 1500, "no event is missing");
    assert.equal(await spool.count("hec"), 0);
  });

  test("late acknowledgements are waited for and lost ones are re-sent after the ack timeout", async (t) => {
    const hec = await startHecSimulator({ ackEnabled: true, ackDelayMs: 40 });
    t.after(() => hec.close());
    hec.controls.dropAcks(3);
    const lost = await startHecSimulator({ ackEnabled: true });
    t.after(() => lost.close());
    lost.controls.dropAcks(2, { loseEvents: true });

    for (const target of [hec, lost]) {
      const sink = createSplunkSink({
        ...FAST,
        url: target.url,
        token: target.token,
        spool: createMemorySpool(),
        ack: true,
        ackTimeoutMs: 150,
      });
      for (const alert of alerts(500)) await sink.write(alert);
      const report = await sink.close();
      assert.equal(report.delivered, 500);
      assert.equal(report.resent, target === hec ? 150 : 100);
      assert.equal(target.stats.uniqueIndexed, 500);
      assert.equal(eventIds(target).size, 500);
    }
    assert.equal(hec.stats.indexed, 650, "dropped acks of indexed events mean duplicates, told apart by id");
    assert.equal(lost.stats.indexed, 500, "lost events are indexed only once they are re-sent");
  });

  test("busy answers (503 code 9) are retried with back-off until accepted", async (t) => {
    const hec = await startHecSimulator({ busyEveryN: 2 });
    t.after(() => hec.close());
    // A generous attempt budget: with full jitter, eight fast retries can all fall inside the busy
    // period on a loaded machine, and this test is about surviving busy answers, not about the budget.
    const sink = createSplunkSink({
      ...FAST,
      maxAttempts: 100,
      url: hec.url,
      token: hec.token,
      spool: createMemorySpool(),
    });
    hec.controls.setBusy(true);
    setTimeout(() => hec.controls.setBusy(false), 60);
    for (const alert of alerts(400)) await sink.write(alert);
    const report = await sink.close();
    assert.deepEqual(report, { delivered: 400, resent: 0, failed: 0, spooled: 0 });
    assert.equal(hec.stats.uniqueIndexed, 400);
    assert.equal(hec.stats.indexed, 400);
  });

  test("write() waits while the in-flight limit is reached", async (t) => {
    const hec = await startHecSimulator();
    t.after(() => hec.close());
    hec.controls.setBusy(true);
    const sink = createSplunkSink({
      ...FAST,
      maxBatchEvents: 1,
      maxInFlight: 1,
      url: hec.url,
      token: hec.token,
      spool: createMemorySpool(),
    });
    await sink.write({ id: "a" });
    let secondDone = false;
    const second = sink.write({ id: "b" }).then(() => (secondDone = true));
    await sleep(60);
    assert.equal(secondDone, false, "the second write is held while the first batch is retried");
    hec.controls.setBusy(false);
    await second;
    assert.equal((await sink.close()).delivered, 2);
  });
});
