import { strict as assert } from "node:assert";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, test } from "node:test";
import { request } from "undici";
import { startHecSimulator, type HecSimulator } from "../../src/sim/splunk/index.js";

const CHANNEL = "9b2f2a3c-8d0e-4c55-a1f7-2b3c4d5e6f70";

async function post(hec: HecSimulator, path: string, body: string, headers: Record<string, string> = {}) {
  const response = await request(`${hec.url}${path}`, {
    method: "POST",
    headers: { authorization: `Splunk ${hec.token}`, ...headers },
    body,
  });
  return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
}

describe("HEC simulator speaks the collector's protocol", () => {
  test("accepts concatenated envelopes with or without newlines on every event route", async (t) => {
    const hec = await startHecSimulator();
    t.after(() => hec.close());
    for (const path of [
      "/services/collector",
      "/services/collector/event",
      "/services/collector/event/1.0",
    ]) {
      const reply = await post(hec, path, '{"event":"a"}{"event":{"b":1}}\n{"event":"c"}');
      assert.deepEqual(reply, { status: 200, body: { text: "Success", code: 0 } });
    }
    assert.equal(hec.stats.indexed, 9);
    assert.equal(hec.stats.uniqueIndexed, 3, "identical envelopes without an id count once");
  });

  test("answers token problems with the real HTTP status and HEC code", async (t) => {
    const hec = await startHecSimulator();
    t.after(() => hec.close());
    const body = '{"event":"a"}';
    const cases: Array<[Record<string, string>, number, number]> = [
      [{ authorization: "" }, 401, 2],
      [{ authorization: hec.token }, 401, 3],
      [{ authorization: "Splunk 00000000-0000-0000-0000-000000000000" }, 403, 4],
      [{ authorization: `Basic ${Buffer.from(`x:${hec.token}`).toString("base64")}` }, 200, 0],
    ];
    for (const [headers, status, code] of cases) {
      const reply = await post(hec, "/services/collector/event", body, headers);
      assert.equal(reply.status, status, JSON.stringify(headers));
      assert.equal(reply.body["code"], code);
    }
    hec.controls.setTokenDisabled(true);
    assert.deepEqual((await post(hec, "/services/collector/event", body)).body, {
      text: "Token disabled",
      code: 1,
    });
  });

  test("rejects bad data with the event number that failed", async (t) => {
    const hec = await startHecSimulator({ allowedIndexes: ["main"] });
    t.after(() => hec.close());
    const cases: Array<[string, number, number | undefined]> = [
      ["  ", 5, undefined],
      ['{"event":"a"}{"event":', 6, 1],
      ['{"event":"a"}\n{"host":"x"}', 12, 1],
      ['{"event":""}', 13, 0],
      ['{"event":"a","fields":{"nested":{"x":1}}}', 15, 0],
      ['{"event":"a","index":"secret"}', 7, 0],
    ];
    for (const [body, code, eventNumber] of cases) {
      const reply = await post(hec, "/services/collector/event", body);
      assert.equal(reply.status, 400);
      assert.equal(reply.body["code"], code, body);
      assert.equal(reply.body["invalid-event-number"], eventNumber, body);
    }
    assert.equal(hec.stats.indexed, 0, "a refused request indexes nothing");
  });

  test("with ack on: channel required, ackIds per channel, true only after the delay, then forgotten", async (t) => {
    // Long enough that the first ack query lands before it even on a loaded machine.
    const hec = await startHecSimulator({ ackEnabled: true, ackDelayMs: 250 });
    t.after(() => hec.close());
    assert.equal((await post(hec, "/services/collector/event", '{"event":"a"}')).body["code"], 10);
    const bad = await post(hec, "/services/collector/event", '{"event":"a"}', {
      "x-splunk-request-channel": "nope",
    });
    assert.equal(bad.body["code"], 11);

    const headers = { "x-splunk-request-channel": CHANNEL };
    const sent = await post(hec, "/services/collector/event", '{"event":"a"}', headers);
    assert.deepEqual(sent.body, { text: "Success", code: 0, ackId: 0 });
    assert.equal((await post(hec, "/services/collector/event", '{"event":"b"}', headers)).body["ackId"], 1);

    const ask = () => post(hec, `/services/collector/ack?channel=${CHANNEL}`, '{"acks":[0,1,7]}');
    assert.deepEqual((await ask()).body, { acks: { "0": false, "1": false, "7": false } });
    assert.equal(hec.stats.acksPending, 2);
    await sleep(260);
    assert.deepEqual((await ask()).body, { acks: { "0": true, "1": true, "7": false } });
    assert.deepEqual((await ask()).body, { acks: { "0": false, "1": false, "7": false } });
    assert.equal(hec.stats.acksPending, 0);
  });

  test("ack queries on a token without ack answer code 14", async (t) => {
    const hec = await startHecSimulator();
    t.after(() => hec.close());
    const reply = await post(hec, "/services/collector/ack", '{"acks":[0]}', {
      "x-splunk-request-channel": CHANNEL,
    });
    assert.deepEqual(reply, { status: 400, body: { text: "ACK is disabled", code: 14 } });
  });

  test("busy on demand and every Nth request: 503 code 9, health 503 code 18", async (t) => {
    const hec = await startHecSimulator({ busyEveryN: 3 });
    t.after(() => hec.close());
    const codes = [];
    for (let i = 0; i < 6; i++)
      codes.push((await post(hec, "/services/collector/event", '{"event":"a"}')).body["code"]);
    assert.deepEqual(codes, [0, 0, 9, 0, 0, 9]);

    const health = async () => {
      const response = await request(`${hec.url}/services/collector/health`);
      return { status: response.statusCode, body: await response.body.json() };
    };
    assert.deepEqual(await health(), { status: 200, body: { text: "HEC is healthy", code: 17 } });
    hec.controls.setBusy(true);
    assert.equal((await post(hec, "/services/collector/event", '{"event":"a"}')).status, 503);
    assert.deepEqual(await health(), {
      status: 503,
      body: { text: "HEC is unhealthy, queues are full", code: 18 },
    });
  });

  test("unknown routes fail loudly and a 'down' collector drops connections", async (t) => {
    const hec = await startHecSimulator();
    t.after(() => hec.close());
    assert.equal((await post(hec, "/services/collector/nope", "{}")).status, 404);
    hec.controls.setDown(true);
    await assert.rejects(post(hec, "/services/collector/event", '{"event":"a"}'));
    hec.controls.setDown(false);
    assert.equal((await post(hec, "/services/collector/event", '{"event":"a"}')).status, 200);
  });
});
