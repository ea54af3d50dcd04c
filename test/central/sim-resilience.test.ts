// Long listings against the Central simulator survive token expiry, injected faults and 429 bursts,
// and still return every endpoint exactly once.
import { after, before, describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { forEachTenant } from "../../src/central/index.js";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { collect, credentialOf, simClient, sortedIds, tenantsOf } from "./helpers/sim-client.js";

let sim: RunningSimulator;
before(async () => {
  sim = await startSimulator({ seed: 23, tenants: 4, endpointsPerTenant: 600 });
});
after(() => sim.close());

describe("resilience", () => {
  test("tokens expiring mid-listing are renewed once and the listing completes", async () => {
    const cred = credentialOf(sim, "tenant");
    const client = simClient(sim, cred);
    const [tenant] = await tenantsOf(client);
    const seen: string[] = [];
    for await (const endpoint of client.forTenant(tenant!).endpoints({ pageSize: 50 })) {
      seen.push(endpoint.id);
      if (seen.length === 120) sim.controls.expireAllTokens();
    }
    const estate = sim.estate.tenants.find((t) => t.id === cred.id)!;
    assert.deepEqual(seen.sort(), sortedIds(estate.endpoints));
    assert.equal(client.stats.tokenRequests, 2);
  });

  test("at a 10% fault rate with 429 bursts, every endpoint of every tenant is listed exactly once", async () => {
    sim.controls.setFaultRate(0.1);
    sim.controls.setRateLimit(15);
    // A guaranteed burst on top of the token bucket, which a slow machine might never exhaust.
    sim.controls.script("GET /endpoint/v1/endpoints", [{ status: 429 }, { status: 429 }, { status: 429 }]);
    after(() => {
      sim.controls.setFaultRate(0);
      sim.controls.setRateLimit(undefined);
    });
    const client = simClient(sim, credentialOf(sim, "partner"), {
      retry: { maxAttempts: 12, baseDelayMs: 5 },
    });
    const tenants = await tenantsOf(client);
    const report = await forEachTenant(tenants, async (t) =>
      collect(client.forTenant(t).endpoints({ view: "basic", pageSize: 25 })),
    );
    assert.deepEqual(report.failures, []);
    for (const { tenant, value } of report.results) {
      const estate = sim.estate.tenants.find((t) => t.id === tenant.id)!;
      assert.equal(value.length, estate.endpoints.length, `no duplicates for ${tenant.name}`);
      assert.deepEqual(sortedIds(value), sortedIds(estate.endpoints), tenant.name);
    }
    assert.ok(client.stats.rateLimited >= 3, "rate limit was hit");
    assert.ok(client.stats.retries > client.stats.rateLimited, "faults were retried too");
    console.log("stats at 10% faults + 429s:", client.stats);
  });
});
