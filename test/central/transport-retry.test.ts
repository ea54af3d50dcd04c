// The client over real sockets against a scripted local server: retries, timeouts, read-back.
import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { PermissionError, ServerError, TimeoutError } from "../../src/central/index.js";
import { apiCalls, fakeCentral, fast } from "./helpers/fake-central.js";
import { json } from "./helpers/scripted-server.js";

describe("CentralClient retries and writes (scripted server)", () => {
  test("429 waits for Retry-After, then succeeds; stats count it", async () => {
    let n = 0;
    const f = await fakeCentral((_req, res) => {
      n += 1;
      if (n === 1) return json(res, 429, { error: "TooManyRequests" }, { "retry-after": "0.1" });
      return json(res, 200, { ok: n });
    });
    const c = f.client();
    const started = Date.now();
    await c.forTenant(f.tenant).request("GET", "/x");
    assert.ok(Date.now() - started >= 100, "waited for Retry-After");
    assert.equal(c.stats.rateLimited, 1);
    assert.equal(c.stats.retries, 1);
  });

  test("5xx is retried for reads but not for writes", async () => {
    const f = await fakeCentral((_req, res) => json(res, 503, { error: "ServiceUnavailable" }));
    const c = f.client();
    await assert.rejects(c.forTenant(f.tenant).request("GET", "/r"), ServerError);
    assert.equal(apiCalls(f.server.seen).length, fast.maxAttempts);
    await assert.rejects(c.forTenant(f.tenant).request("POST", "/w", { body: { a: 1 } }), ServerError);
    assert.equal(apiCalls(f.server.seen).filter((r) => r.url.endsWith("/w")).length, 1);
  });

  test("other 4xx are not retried and carry route and tenant", async () => {
    const f = await fakeCentral((_req, res) => json(res, 403, { error: "Forbidden", requestId: "req-1" }));
    await assert.rejects(
      f.client().forTenant(f.tenant).request("GET", "/endpoint/v1/endpoints"),
      (e: unknown) => {
        assert.ok(e instanceof PermissionError);
        assert.equal(e.route, "GET /endpoint/v1/endpoints");
        assert.match(e.message, /Acme/);
        return true;
      },
    );
    assert.equal(apiCalls(f.server.seen).length, 1);
  });

  test("a reset connection is retried for reads", async () => {
    let n = 0;
    const f = await fakeCentral((_req, res) => {
      n += 1;
      if (n === 1) return void res.socket?.destroy();
      return json(res, 200, { ok: true });
    });
    assert.deepEqual(await f.client().forTenant(f.tenant).request("GET", "/x"), { ok: true });
  });

  test("a slow server is a TimeoutError", async () => {
    const f = await fakeCentral(() => undefined);
    await assert.rejects(
      f
        .client({ timeoutMs: 100, retry: { maxAttempts: 1 } })
        .forTenant(f.tenant)
        .request("GET", "/slow"),
      TimeoutError,
    );
  });

  test("deleteEndpoint reads back after a lost answer and does not delete twice", async () => {
    let deletes = 0;
    const f = await fakeCentral((req, res) => {
      if (req.method === "DELETE") {
        deletes += 1;
        return void res.socket?.destroy();
      }
      return json(res, 404, { error: "NotFound" });
    });
    assert.deepEqual(await f.client().forTenant(f.tenant).deleteEndpoint("ep-1"), {
      deleted: true,
      readBack: true,
    });
    assert.equal(deletes, 1);
  });

  test("deleteEndpoint writes again when the read-back still finds the endpoint", async () => {
    let deletes = 0;
    const f = await fakeCentral((req, res) => {
      if (req.method === "DELETE") {
        deletes += 1;
        return deletes === 1 ? json(res, 502, { error: "BadGateway" }) : json(res, 200, { deleted: true });
      }
      return json(res, 200, { id: "ep-1", type: "computer", hostname: "h", tenant: { id: "tenant-1" } });
    });
    assert.deepEqual(await f.client().forTenant(f.tenant).deleteEndpoint("ep-1"), {
      deleted: true,
      readBack: true,
    });
    assert.equal(deletes, 2);
  });
});
