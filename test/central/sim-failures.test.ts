// Failures against the Central simulator: bad credentials, unknown tenants, tenants that cannot be
// reached (403, no apiHost, region down) and deletes whose answers are lost.
import { after, before, describe, test } from "node:test";
import { strict as assert } from "node:assert";
import {
  AuthenticationError,
  ConnectionError,
  forEachTenant,
  MissingApiHostError,
  PermissionError,
  selectTenants,
  UnknownTenantError,
} from "../../src/central/index.js";
import type { DataRegion } from "../../src/central/types.js";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { collect, credentialOf, simClient, tenantsOf } from "./helpers/sim-client.js";

const DELETE_ROUTE = "DELETE /endpoint/v1/endpoints/{endpointId}";
let sim: RunningSimulator;
before(async () => {
  // The last tenant is unmanaged (403), the one before it has no apiHost.
  sim = await startSimulator({
    seed: 5,
    tenants: 8,
    endpointsPerTenant: 40,
    unmanagedTenants: 1,
    tenantsWithoutApiHost: 1,
  });
});
after(() => sim.close());

describe("credentials and tenant selection", () => {
  test("a wrong secret is an AuthenticationError naming the client id and never the secret", async () => {
    const cred = credentialOf(sim, "partner");
    const wrong = `${cred.clientSecret.slice(0, -4)}beef`;
    const client = simClient(sim, { ...cred, clientSecret: wrong });
    await assert.rejects(client.whoami(), (e: unknown) => {
      assert.ok(e instanceof AuthenticationError, String(e));
      assert.match(e.message, new RegExp(cred.clientId));
      assert.ok(!e.message.includes(wrong) && !e.message.includes(cred.clientSecret));
      assert.ok(!String(e.stack).includes(wrong));
      return true;
    });
  });

  test("a --tenant that matches nothing is an UnknownTenantError, never all tenants", async () => {
    const tenants = await tenantsOf(simClient(sim, credentialOf(sim, "partner")));
    const known = tenants[0]!.name;
    assert.throws(
      () => selectTenants(tenants, [known, "No Such Customer"]),
      (e: unknown) => e instanceof UnknownTenantError && e.unmatched.join() === "No Such Customer",
    );
    assert.deepEqual(
      selectTenants(tenants, [known.toUpperCase()]).map((t) => t.id),
      [tenants[0]!.id],
    );
  });
});

describe("tenants that fail are skipped and reported", () => {
  test("403, missing apiHost and a region down are failures; every other tenant finishes", async () => {
    const client = simClient(sim, credentialOf(sim, "partner"), {
      retry: { maxAttempts: 2, baseDelayMs: 5 },
    });
    const tenants = await tenantsOf(client);
    const unmanaged = sim.estate.tenants.find((t) => t.managed === false)!;
    const noHost = sim.estate.tenants.find((t) => t.apiHostAvailable === false)!;
    const healthy = sim.estate.tenants.filter((t) => t !== unmanaged && t !== noHost);
    const down = healthy[0]!.dataRegion as DataRegion;
    sim.controls.setRegionDown(down, true);
    after(() => sim.controls.setRegionDown(down, false));
    const report = await forEachTenant(
      tenants,
      async (t) => (await collect(client.forTenant(t).endpoints())).length,
    );
    const failed = new Map(report.failures.map((f) => [f.tenant.id, f.error]));
    assert.ok(failed.get(unmanaged.id) instanceof PermissionError, String(failed.get(unmanaged.id)));
    assert.match(
      failed.get(unmanaged.id)!.message,
      new RegExp(unmanaged.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
    );
    assert.ok(failed.get(noHost.id) instanceof MissingApiHostError);
    const inDownRegion = healthy.filter((t) => t.dataRegion === down);
    for (const t of inDownRegion)
      assert.ok(failed.get(t.id) instanceof ConnectionError, `${t.name}: ${failed.get(t.id)}`);
    assert.equal(report.failures.length, 2 + inDownRegion.length);
    const finished = healthy.filter((t) => t.dataRegion !== down);
    assert.ok(finished.length > 0);
    assert.deepEqual(
      report.results.map((r) => [r.tenant.id, r.value]).sort(),
      finished.map((t) => [t.id, t.endpoints.length]).sort(),
    );
  });
});

describe("deletes are read back, never repeated blindly", () => {
  const tenantApi = async () => {
    const cred = credentialOf(sim, "tenant");
    const client = simClient(sim, cred);
    const [tenant] = await tenantsOf(client);
    return { api: client.forTenant(tenant!), estate: sim.estate.tenants.find((t) => t.id === cred.id)! };
  };
  const deleteCalls = () => sim.stats.byRoute[DELETE_ROUTE] ?? 0;

  test("a delete applied by the server whose answer is lost is read back and not sent again", async () => {
    const { api, estate } = await tenantApi();
    const id = estate.endpoints[0]!.id;
    // The server applies the delete (first call); the answer of the client's own call is then lost.
    await api.request("DELETE", `/endpoint/v1/endpoints/${id}`);
    sim.controls.script(DELETE_ROUTE, ["reset"], { tenantId: estate.id });
    const before = deleteCalls();
    assert.deepEqual(await api.deleteEndpoint(id), { deleted: true, readBack: true });
    assert.equal(deleteCalls() - before, 1);
  });

  test("a delete that failed before applying is read back, then sent once more", async () => {
    const { api, estate } = await tenantApi();
    const id = estate.endpoints[0]!.id;
    sim.controls.script(DELETE_ROUTE, [{ status: 503 }], { tenantId: estate.id });
    const before = deleteCalls();
    assert.deepEqual(await api.deleteEndpoint(id), { deleted: true, readBack: true });
    assert.equal(deleteCalls() - before, 2);
    assert.ok(!estate.endpoints.some((e) => e.id === id));
  });

  test("at a 30% fault rate every delete succeeds exactly once (a blind repeat would hit 404)", async () => {
    const { api, estate } = await tenantApi();
    const ids = estate.endpoints.slice(0, 20).map((e) => e.id);
    sim.controls.setFaultRate(0.3);
    after(() => sim.controls.setFaultRate(0));
    const results = await Promise.all(ids.map((id) => api.deleteEndpoint(id)));
    sim.controls.setFaultRate(0);
    assert.ok(results.every((r) => r.deleted));
    assert.ok(
      results.some((r) => r.readBack),
      "some answers were lost and read back",
    );
    for (const id of ids) assert.ok(!estate.endpoints.some((e) => e.id === id), `${id} still there`);
  });
});
