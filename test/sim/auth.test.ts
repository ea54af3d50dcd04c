import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { call, credentialOf, requestToken, tokenFor } from "./raw-client.js";

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe("simulator token service and bearer tokens", () => {
  let sim: RunningSimulator;
  let clock = Date.parse("2025-06-01T12:00:00.000Z");

  before(async () => {
    sim = await startSimulator({ seed: 7, tenants: 2, endpointsPerTenant: 30, now: () => clock });
  });
  after(() => sim.close());

  test("a client-credentials form returns a bearer token with the Sophos fields", async () => {
    const partner = credentialOf(sim, "partner");
    const response = await requestToken(sim, partner.clientId, partner.clientSecret);
    assert.equal(response.status, 200);
    assert.match(response.body.access_token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    assert.equal(response.body.token_type, "bearer");
    assert.equal(response.body.expires_in, 3600);
    assert.equal(response.body.errorCode, "success");
    assert.equal(typeof response.body.refresh_token, "string");
    assert.equal(typeof response.body.trackingId, "string");
    assert.ok(response.headers.get("date"));
  });

  test("a wrong secret answers 401 oauth.invalid_client_secret with message and trackingId", async () => {
    const partner = credentialOf(sim, "partner");
    const response = await requestToken(sim, partner.clientId, `${partner.clientSecret}x`);
    assert.equal(response.status, 401);
    assert.equal(response.body.errorCode, "oauth.invalid_client_secret");
    assert.equal(typeof response.body.message, "string");
    assert.equal(typeof response.body.trackingId, "string");
  });

  test("an unknown client id is refused the same way as a wrong secret", async () => {
    const response = await requestToken(sim, "00000000-0000-4000-8000-000000000000", "secret");
    assert.equal(response.status, 401);
    assert.equal(response.body.errorCode, "oauth.invalid_client_secret");
  });

  test("another grant type is a 400 naming the grant", async () => {
    const partner = credentialOf(sim, "partner");
    const response = await fetch(`${sim.idUrl}/api/v2/oauth2/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "password",
        client_id: partner.clientId,
        client_secret: partner.clientSecret,
      }),
    });
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { message: string }).message, /grant_type/);
  });

  test("the refresh grant (JSON body) issues a new access token", async () => {
    const partner = credentialOf(sim, "partner");
    const first = await requestToken(sim, partner.clientId, partner.clientSecret);
    const refreshed = await call(`${sim.idUrl}/api/v2/oauth2/token`, {
      method: "POST",
      body: {
        grant_type: "refresh_token",
        client_id: partner.clientId,
        client_secret: partner.clientSecret,
        refresh_token: first.body.refresh_token,
      },
    });
    assert.equal(refreshed.status, 200);
    assert.notEqual(refreshed.body.access_token, first.body.access_token);
  });

  test("API calls without a token answer 401 Unauthorized with the Central error body", async () => {
    const response = await call(`${sim.apiUrl}/whoami/v1`);
    assert.equal(response.status, 401);
    assert.equal(response.body.error, "Unauthorized");
    assert.equal(typeof response.body.message, "string");
    assert.equal(typeof response.body.correlationId, "string");
    assert.equal(typeof response.body.requestId, "string");
    assert.match(response.body.createdAt, ISO_MS);
  });

  test("a made-up bearer token answers 401", async () => {
    const response = await call(`${sim.apiUrl}/whoami/v1`, { token: "abc.def.ghi" });
    assert.equal(response.status, 401);
  });

  test("a token stops working when its lifetime has passed on the simulator clock", async () => {
    const token = await tokenFor(sim, credentialOf(sim, "partner"));
    assert.equal((await call(`${sim.apiUrl}/whoami/v1`, { token })).status, 200);
    clock += 3599_000;
    assert.equal((await call(`${sim.apiUrl}/whoami/v1`, { token })).status, 200);
    clock += 2_000;
    const expired = await call(`${sim.apiUrl}/whoami/v1`, { token });
    assert.equal(expired.status, 401);
    assert.match(expired.body.message, /expired/i);
  });

  test("expireAllTokens makes every issued token answer 401 and new tokens work", async () => {
    const token = await tokenFor(sim, credentialOf(sim, "partner"));
    sim.controls.expireAllTokens();
    assert.equal((await call(`${sim.apiUrl}/whoami/v1`, { token })).status, 401);
    const fresh = await tokenFor(sim, credentialOf(sim, "partner"));
    assert.equal((await call(`${sim.apiUrl}/whoami/v1`, { token: fresh })).status, 200);
  });

  test("tokenTtlSeconds sets expires_in", async () => {
    const short = await startSimulator({ seed: 7, tenants: 1, endpointsPerTenant: 5, tokenTtlSeconds: 120 });
    try {
      const partner = credentialOf(short, "partner");
      assert.equal((await requestToken(short, partner.clientId, partner.clientSecret)).body.expires_in, 120);
    } finally {
      await short.close();
    }
  });
});
