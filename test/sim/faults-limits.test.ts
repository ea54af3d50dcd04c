import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { startSimulator, type RunningSimulator, type SimulatorOptions } from "../../src/sim/index.js";
import { call, credentialOf, tenantApi, tokenFor } from "./raw-client.js";

async function withSim(
  options: SimulatorOptions,
  body: (sim: RunningSimulator, token: string) => Promise<void>,
): Promise<void> {
  const sim = await startSimulator({ seed: 71, tenants: 3, endpointsPerTenant: 40, ...options });
  try {
    await body(sim, await tokenFor(sim, credentialOf(sim, "partner")));
  } finally {
    await sim.close();
  }
}

/** The outcome of a request that may be reset: its status, or "reset". */
async function outcome(request: Promise<{ status: number }>): Promise<number | "reset"> {
  try {
    return (await request).status;
  } catch (error) {
    assert.ok(error instanceof TypeError, `expected a network error, got ${String(error)}`);
    return "reset";
  }
}

describe("simulator faults, rate limits, scripts, outages and latency", () => {
  test("over the rate limit a request answers 429 with an integer Retry-After, per credential and tenant", async () => {
    let clock = 1_000_000;
    await withSim({ rateLimit: 5, now: () => clock }, async (sim, token) => {
      const [a, b] = sim.estate.tenants;
      const first = tenantApi(sim, token, a!.id);
      for (let i = 0; i < 5; i++)
        assert.equal((await first.get("/endpoint/v1/endpoints?pageSize=1")).status, 200);
      const limited = await first.get("/endpoint/v1/endpoints?pageSize=1");
      assert.equal(limited.status, 429);
      assert.match(limited.headers.get("retry-after") ?? "", /^\d+$/);
      assert.ok(Number(limited.headers.get("retry-after")) >= 1);
      assert.equal(typeof limited.body.requestId, "string");
      assert.equal(sim.stats.rateLimited, 1);
      assert.equal(
        (await tenantApi(sim, token, b!.id).get("/endpoint/v1/endpoints?pageSize=1")).status,
        200,
        "another tenant has its own budget",
      );
      clock += 1_000;
      assert.equal(
        (await first.get("/endpoint/v1/endpoints?pageSize=1")).status,
        200,
        "the budget refills with time",
      );
    });
  });

  test("with faultRate 1 every request fails with 500/502/503 or a connection reset", async () => {
    await withSim({}, async (sim, token) => {
      const api = tenantApi(sim, token, sim.estate.tenants[0]!.id);
      sim.controls.setFaultRate(1);
      const seen = new Set<number | "reset">();
      for (let i = 0; i < 40; i++) seen.add(await outcome(api.get("/endpoint/v1/endpoints")));
      assert.ok(
        [...seen].every((o) => o === "reset" || o === 500 || o === 502 || o === 503),
        [...seen].join(),
      );
      assert.ok(seen.has("reset") && seen.size >= 3, `expected a mix, saw ${[...seen].join()}`);
      assert.equal(sim.stats.faults, 40);
      sim.controls.setFaultRate(0);
      assert.equal((await api.get("/endpoint/v1/endpoints")).status, 200);
    });
  });

  test("a failed write may have been applied: some faulted deletes still remove the endpoint", async () => {
    await withSim({}, async (sim, token) => {
      const api = tenantApi(sim, token, sim.estate.tenants[0]!.id);
      const targets = api.tenant.endpoints.slice(0, 24).map((e) => e.id);
      sim.controls.setFaultRate(1);
      for (const id of targets)
        assert.notEqual(await outcome(api.send("DELETE", `/endpoint/v1/endpoints/${id}`)), 200);
      sim.controls.setFaultRate(0);
      const remaining = new Set(api.tenant.endpoints.map((e) => e.id));
      const applied = targets.filter((id) => !remaining.has(id));
      assert.ok(
        applied.length > 0 && applied.length < targets.length,
        `applied ${applied.length} of ${targets.length}`,
      );
    });
  });

  test("scripted answers are consumed in order, then requests pass through", async () => {
    await withSim({}, async (sim, token) => {
      const api = tenantApi(sim, token, sim.estate.tenants[0]!.id);
      sim.controls.script("GET /endpoint/v1/endpoints", [
        { status: 429 },
        { status: 503 },
        "reset",
        "pass",
        { status: 200, body: { items: [], pages: { size: 50, maxSize: 500 } } },
      ]);
      const first = await api.get("/endpoint/v1/endpoints");
      assert.equal(first.status, 429);
      assert.equal(first.headers.get("retry-after"), "1");
      assert.equal((await api.get("/endpoint/v1/endpoints")).status, 503);
      assert.equal(await outcome(api.get("/endpoint/v1/endpoints")), "reset");
      assert.ok((await api.get("/endpoint/v1/endpoints")).body.items.length > 0);
      assert.deepEqual((await api.get("/endpoint/v1/endpoints")).body.items, []);
      assert.ok((await api.get("/endpoint/v1/endpoints")).body.items.length > 0);
      assert.throws(() => sim.controls.script("GET /endpoint/v1/nope", ["reset"]), /unknown simulator route/);
    });
  });

  test("a script for one tenant leaves other tenants alone", async () => {
    await withSim({}, async (sim, token) => {
      const [a, b] = sim.estate.tenants;
      sim.controls.script("GET /endpoint/v1/endpoints", [{ status: 500 }], { tenantId: b!.id });
      assert.equal((await tenantApi(sim, token, a!.id).get("/endpoint/v1/endpoints")).status, 200);
      assert.equal((await tenantApi(sim, token, b!.id).get("/endpoint/v1/endpoints")).status, 500);
    });
  });

  test("a region that is down resets every connection to its host until it is back", async () => {
    await withSim({}, async (sim, token) => {
      const tenant = sim.estate.tenants[0]!;
      const other = sim.estate.tenants.find((t) => t.dataRegion !== tenant.dataRegion)!;
      sim.controls.setRegionDown(tenant.dataRegion, true);
      assert.equal(await outcome(tenantApi(sim, token, tenant.id).get("/endpoint/v1/endpoints")), "reset");
      assert.equal((await tenantApi(sim, token, other.id).get("/endpoint/v1/endpoints")).status, 200);
      assert.equal((await call(`${sim.apiUrl}/whoami/v1`, { token })).status, 200);
      sim.controls.setRegionDown(tenant.dataRegion, false);
      assert.equal((await tenantApi(sim, token, tenant.id).get("/endpoint/v1/endpoints")).status, 200);
    });
  });

  test("latency is added to every response", async () => {
    await withSim({ latencyMs: 120 }, async (sim, token) => {
      const started = performance.now();
      await call(`${sim.apiUrl}/whoami/v1`, { token });
      assert.ok(performance.now() - started >= 115);
    });
  });

  test("unknown routes fail loudly with 404 naming method and path; stats count routes", async () => {
    await withSim({}, async (sim, token) => {
      const response = await call(`${sim.apiUrl}/partner/v1/tenantz`, { token, method: "PUT" });
      assert.equal(response.status, 404);
      assert.match(response.body.message, /PUT \/api\/partner\/v1\/tenantz/);
      assert.equal(typeof response.body.requestId, "string");
      assert.equal((await call(`${sim.apiUrl.replace(/\/api$/, "")}/elsewhere`)).status, 404);
      assert.equal(sim.stats.byRoute["POST /api/v2/oauth2/token"], 1);
      assert.equal(sim.stats.byRoute["unknown"], 2);
    });
  });
});
