// The client over real sockets against a scripted local server: tokens, headers, URLs, logs.
import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { AuthenticationError } from "../../src/central/index.js";
import { apiCalls, fakeCentral, SECRET } from "./helpers/fake-central.js";
import { json } from "./helpers/scripted-server.js";

describe("CentralClient auth and requests (scripted server)", () => {
  test("sends the client-credentials form and shares one token among concurrent callers", async () => {
    const f = await fakeCentral((_req, res) =>
      json(res, 200, { id: "t", idType: "tenant", apiHosts: { global: "x" } }),
    );
    const c = f.client();
    await Promise.all([
      c.whoami(),
      c.forTenant(f.tenant).request("GET", "/a"),
      c.forTenant(f.tenant).request("GET", "/b"),
    ]);
    const tokenCalls = f.server.seen.filter((r) => r.url.includes("oauth2"));
    assert.equal(tokenCalls.length, 1);
    const form = new URLSearchParams(tokenCalls[0]!.body);
    assert.deepEqual([...form.keys()].sort(), ["client_id", "client_secret", "grant_type", "scope"]);
    assert.equal(form.get("grant_type"), "client_credentials");
    assert.equal(form.get("scope"), "token");
    assert.equal(tokenCalls[0]!.headers["content-type"], "application/x-www-form-urlencoded");
  });

  test("keeps the base path of regional hosts and sends X-Tenant-ID with the bearer token", async () => {
    const f = await fakeCentral((_req, res) => json(res, 200, { ok: true }));
    await f.client().forTenant(f.tenant).request("GET", "/endpoint/v1/endpoints/x");
    const call = apiCalls(f.server.seen)[0]!;
    assert.equal(call.url, "/region/eu01/endpoint/v1/endpoints/x");
    assert.equal(call.headers["x-tenant-id"], "tenant-1");
    assert.equal(call.headers["authorization"], "Bearer token-1");
  });

  test("a 401 drops the token, renews once and retries once", async () => {
    const f = await fakeCentral((req, res) =>
      req.headers["authorization"] === "Bearer token-1"
        ? json(res, 401, { error: "Unauthorized" })
        : json(res, 200, { ok: 1 }),
    );
    const c = f.client();
    assert.deepEqual(await c.forTenant(f.tenant).request("GET", "/x"), { ok: 1 });
    assert.equal(f.issued(), 2);
  });

  test("a 401 that persists after renewal is an AuthenticationError, not a loop", async () => {
    const f = await fakeCentral((_req, res) => json(res, 401, { error: "Unauthorized", requestId: "r-9" }));
    const c = f.client();
    await assert.rejects(c.forTenant(f.tenant).request("GET", "/x"), (e: unknown) => {
      assert.ok(e instanceof AuthenticationError);
      assert.equal(e.requestId, "r-9");
      assert.equal(e.tenantId, "tenant-1");
      return true;
    });
    assert.equal(apiCalls(f.server.seen).length, 2);
  });

  test("a wrong secret names the client id, never the secret", async () => {
    const f = await fakeCentral((_req, res) => json(res, 200, {}));
    const c = f.client({ clientSecret: "wrong-secret-value-123" });
    await assert.rejects(c.whoami(), (e: unknown) => {
      assert.ok(e instanceof AuthenticationError);
      assert.match(e.message, /client-abc/);
      assert.match(e.message, /oauth\.invalid_client_secret/);
      assert.ok(!e.message.includes("wrong-secret-value-123"));
      return true;
    });
  });

  test("debug logs name method, route, status and tenant but never a token or the secret", async () => {
    const f = await fakeCentral((_req, res) => json(res, 200, { ok: true }));
    await f.client().forTenant(f.tenant).request("GET", "/endpoint/v1/endpoints");
    const text = f.lines.join("");
    assert.match(text, /"route":"\/endpoint\/v1\/endpoints"/);
    assert.match(text, /"tenant":"tenant-1"/);
    assert.ok(!text.includes("token-1"));
    assert.ok(!text.includes(SECRET));
    assert.ok(!/authorization/i.test(text));
  });
});
