import { strict as assert } from "node:assert";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, test, type TestContext } from "node:test";
import { SinkError } from "../../src/sinks/record-sink.js";
import { createMemorySpool } from "../../src/sinks/splunk/index.js";
import { createWebhookSink, verifyWebhookSignature, WebhookError } from "../../src/sinks/webhook/index.js";

const FAST = { retryBaseMs: 5, retryMaxMs: 20, lingerMs: 5 };
const SECRET = "whsec-3f9a1c7e5b2d4a68";

interface Received {
  body: string;
  headers: IncomingHttpHeaders;
  url: string;
}

/** A webhook receiver answering from a script of statuses (the last one repeats). */
async function startReceiver(t: TestContext, statuses: number[] = [200]) {
  const received: Received[] = [];
  const script = [...statuses];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({
        body: Buffer.concat(chunks).toString("utf8"),
        headers: req.headers,
        url: req.url ?? "",
      });
      const status = script.length > 1 ? (script.shift() ?? 200) : (script[0] ?? 200);
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ status }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/centralctl`,
    received,
    setScript: (s: number[]) => script.splice(0, script.length, ...s),
  };
}

const hits = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `IOC hit ${i}`, host: `pc-${i}` }));

describe("webhook sink against a local receiver", () => {
  test("posts one JSON record per request with a signature the receiver can verify", async (t) => {
    const receiver = await startReceiver(t);
    const sink = createWebhookSink({
      ...FAST,
      url: receiver.url,
      secret: SECRET,
      spool: createMemorySpool(),
    });
    for (const hit of hits(3)) await sink.write(hit);
    assert.deepEqual(await sink.close(), { delivered: 3, resent: 0, failed: 0, spooled: 0 });

    assert.deepEqual(
      receiver.received.map((r) => JSON.parse(r.body)),
      hits(3),
    );
    for (const { body, headers } of receiver.received) {
      const signed = {
        body,
        timestamp: headers["x-centralctl-timestamp"] as string,
        signature: headers["x-centralctl-signature"] as string,
      };
      assert.match(signed.signature, /^sha256=[0-9a-f]{64}$/);
      assert.equal(verifyWebhookSignature(SECRET, signed), true);
      assert.equal(verifyWebhookSignature("another-secret", signed), false, "a wrong key fails");
      assert.equal(
        verifyWebhookSignature(SECRET, { ...signed, body: `${body} ` }),
        false,
        "a changed body fails",
      );
      const replayLater = Number(signed.timestamp) + 3600;
      assert.equal(
        verifyWebhookSignature(SECRET, signed, { nowSeconds: replayLater }),
        false,
        "a replay fails",
      );
    }
  });

  test("batches into JSON arrays under a custom signature header", async (t) => {
    const receiver = await startReceiver(t);
    const sink = createWebhookSink({
      ...FAST,
      url: receiver.url,
      secret: SECRET,
      headerName: "X-Hub-Signature-256",
      batchSize: 4,
      spool: createMemorySpool(),
    });
    for (const hit of hits(10)) await sink.write(hit);
    await sink.close();
    assert.deepEqual(
      receiver.received.map((r) => (JSON.parse(r.body) as unknown[]).length),
      [4, 4, 2],
    );
    assert.match(String(receiver.received[0]?.headers["x-hub-signature-256"]), /^sha256=/);
  });

  test("retries 500s with one idempotency key, then succeeds", async (t) => {
    const receiver = await startReceiver(t, [500, 503, 200]);
    const sink = createWebhookSink({ ...FAST, url: receiver.url, spool: createMemorySpool() });
    await sink.write({ title: "one" });
    assert.equal((await sink.close()).delivered, 1);
    assert.equal(receiver.received.length, 3);
    assert.equal(new Set(receiver.received.map((r) => r.headers["idempotency-key"])).size, 1);
  });

  test("a receiver that keeps failing gives a clear error with URL and status, and nothing is lost", async (t) => {
    const receiver = await startReceiver(t, [500]);
    const spool = createMemorySpool();
    const url = receiver.url.replace("http://", "http://soar:p4ssw0rd-xyz@") + "?api_key=k3y-s3cr3t-123";
    const sink = createWebhookSink({ ...FAST, url, retries: 2, spool, queue: "hooks" });
    await sink.write({ title: "kept" }).catch(() => undefined);
    const error = await sink.close().then(
      () => assert.fail("close() should fail"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof WebhookError);
    assert.equal(error.status, 500);
    assert.match(
      error.message,
      /webhook http:\/\/127\.0\.0\.1:\d+\/hooks\/centralctl failed after 3 attempts \(last: HTTP 500/,
    );
    assert.ok(
      !/p4ssw0rd|k3y-s3cr3t|api_key/.test(error.message),
      "no credentials or query secrets in the message",
    );
    assert.equal(receiver.received.length, 3);
    assert.equal(
      receiver.received[0]?.headers.authorization,
      `Basic ${Buffer.from("soar:p4ssw0rd-xyz").toString("base64")}`,
    );
    assert.equal(error.report?.spooled, 1);

    receiver.setScript([200]);
    const next = createWebhookSink({ ...FAST, url, spool, queue: "hooks" });
    assert.deepEqual(await next.close(), { delivered: 1, resent: 1, failed: 0, spooled: 0 });
    assert.equal(JSON.parse(receiver.received.at(-1)?.body ?? "{}").title, "kept");
  });

  test("4xx answers are not retried: 401 stops and keeps the spool, 400 sets the batch aside", async (t) => {
    const receiver = await startReceiver(t, [401]);
    const spool = createMemorySpool();
    const sink = createWebhookSink({ ...FAST, url: receiver.url, spool, queue: "q" });
    await sink.write({ title: "a" });
    const error = await sink.close().catch((e: unknown) => e);
    assert.ok(error instanceof SinkError);
    assert.match(error.message, /refused the records \(HTTP 401.*check the credentials/);
    assert.equal(receiver.received.length, 1);
    assert.equal(await spool.count("q"), 1);

    receiver.setScript([400]);
    const next = createWebhookSink({ ...FAST, url: receiver.url, spool, queue: "q" });
    assert.deepEqual(await next.close(), { delivered: 0, resent: 1, failed: 1, spooled: 0 });
    assert.equal(await spool.count("q:dead"), 1);
  });

  test("a sink killed mid-run leaves its batches for the next run, which sends the same idempotency keys", async (t) => {
    const receiver = await startReceiver(t, [503]);
    const spool = createMemorySpool();
    const options = { ...FAST, url: receiver.url, spool, queue: "q", maxInFlight: 4 };
    const first = createWebhookSink(options);
    for (const hit of hits(4)) await first.write(hit);
    while (new Set(receiver.received.map((r) => r.headers["idempotency-key"])).size < 4) await sleep(5);
    first.abort();
    assert.equal(await spool.count("q"), 4);
    const keys = new Set(receiver.received.map((r) => r.headers["idempotency-key"]));

    receiver.setScript([200]);
    const second = createWebhookSink(options);
    assert.equal((await second.close()).delivered, 4);
    const lastKeys = receiver.received.slice(-4).map((r) => r.headers["idempotency-key"]);
    assert.ok(
      lastKeys.every((key) => keys.has(key)),
      "re-sent batches keep their idempotency keys",
    );
  });
});
