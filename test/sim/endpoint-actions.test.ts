import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { credentialOf, tenantApi, tokenFor } from "./raw-client.js";

describe("simulator endpoint get, delete, tamper protection, isolation, scans", () => {
  let clock = Date.parse("2025-06-01T12:00:00.000Z");
  let sim: RunningSimulator;
  let api: ReturnType<typeof tenantApi>;

  before(async () => {
    sim = await startSimulator({
      seed: 41,
      tenants: 1,
      endpointsPerTenant: 80,
      now: () => clock,
      isolationChangeSeconds: 60,
    });
    const token = await tokenFor(sim, credentialOf(sim, "partner"));
    api = tenantApi(sim, token, sim.estate.tenants[0]!.id);
  });
  after(() => sim.close());

  const some = (i: number) => api.tenant.endpoints[i]!;

  test("GET one endpoint answers the full view; an unknown id answers 404", async () => {
    const endpoint = some(0);
    const response = await api.get(`/endpoint/v1/endpoints/${endpoint.id}`);
    assert.equal(response.status, 200);
    assert.equal(response.body.hostname, endpoint.hostname);
    assert.ok("serialNumber" in response.body);
    assert.equal((await api.get("/endpoint/v1/endpoints/6d41e78e-0360-4de3-8669-bb7b797ee515")).status, 404);
  });

  test("DELETE answers exactly {deleted: true} and the endpoint is gone from the live estate", async () => {
    const endpoint = some(1);
    const response = await api.send("DELETE", `/endpoint/v1/endpoints/${endpoint.id}`);
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { deleted: true });
    assert.ok(!api.tenant.endpoints.some((e) => e.id === endpoint.id));
    assert.equal((await api.get(`/endpoint/v1/endpoints/${endpoint.id}`)).status, 404);
  });

  test("bulk delete answers the ids it deleted and ignores unknown ones", async () => {
    const [a, b] = [some(2).id, some(3).id];
    const unknown = "6d41e78e-0360-4de3-8669-bb7b797ee515";
    const response = await api.send("POST", "/endpoint/v1/endpoints/delete", {
      endpointIds: [a, unknown, b],
    });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { endpointIds: [a, b] });
    assert.equal((await api.send("POST", "/endpoint/v1/endpoints/delete", { ids: [a] })).status, 400);
  });

  test("tamper protection: read the password, regenerate it, the old one moves to previousPasswords", async () => {
    const endpoint = api.tenant.endpoints.find((e) => e.tamperProtectionSupported)!;
    const before = await api.get(`/endpoint/v1/endpoints/${endpoint.id}/tamper-protection`);
    assert.equal(before.status, 200);
    assert.equal(typeof before.body.password, "string");
    const changed = await api.send("POST", `/endpoint/v1/endpoints/${endpoint.id}/tamper-protection`, {
      regeneratePassword: true,
    });
    assert.equal(changed.status, 201);
    assert.notEqual(changed.body.password, before.body.password);
    assert.equal(changed.body.previousPasswords[0].password, before.body.password);
  });

  test("tamper protection cannot be switched on for an endpoint while it is off for the tenant", async () => {
    const endpoint = api.tenant.endpoints.find((e) => e.tamperProtectionSupported)!;
    api.tenant.tamperProtectionEnabled = false;
    try {
      assert.deepEqual((await api.get("/endpoint/v1/settings/tamper-protection")).body, { enabled: false });
      const refused = await api.send("POST", `/endpoint/v1/endpoints/${endpoint.id}/tamper-protection`, {
        enabled: true,
      });
      assert.equal(refused.status, 400);
      const off = await api.send("POST", `/endpoint/v1/endpoints/${endpoint.id}/tamper-protection`, {
        enabled: false,
      });
      assert.equal(off.status, 201);
      assert.equal(off.body.enabled, false);
    } finally {
      api.tenant.tamperProtectionEnabled = true;
    }
  });

  test("scans and update checks answer 201 requested; POST without a body is a 400", async () => {
    const endpoint = some(5);
    const scan = await api.send("POST", `/endpoint/v1/endpoints/${endpoint.id}/scans`, {});
    assert.equal(scan.status, 201);
    assert.equal(scan.body.status, "requested");
    assert.equal(
      (await api.send("POST", `/endpoint/v1/endpoints/${endpoint.id}/update-checks`, {})).status,
      201,
    );
    assert.equal((await api.send("POST", `/endpoint/v1/endpoints/${endpoint.id}/scans`)).status, 400);
  });

  test("isolation: bulk isolate answers 202, a second change while in progress answers 409, later it works", async () => {
    const targets = api.tenant.endpoints
      .filter((e) => !e.isolation?.enabled)
      .slice(0, 2)
      .map((e) => e.id);
    const isolated = await api.send("POST", "/endpoint/v1/endpoints/isolation", {
      enabled: true,
      comment: "IR-42",
      ids: targets,
    });
    assert.equal(isolated.status, 202);
    assert.equal(isolated.body.items.length, 2);
    assert.equal(isolated.body.items[0].isolation.enabled, true);
    assert.equal(isolated.body.items[0].isolation.lastEnabledBy.type, "service");
    const summary = await api.get(`/endpoint/v1/endpoints/${targets[0]}`);
    assert.deepEqual(summary.body.isolation, {
      status: "isolated",
      adminIsolated: true,
      selfIsolated: false,
    });

    const tooSoon = await api.send("PATCH", `/endpoint/v1/endpoints/${targets[0]}/isolation`, {
      enabled: false,
    });
    assert.equal(tooSoon.status, 409);
    clock += 61_000;
    const released = await api.send("PATCH", `/endpoint/v1/endpoints/${targets[0]}/isolation`, {
      enabled: false,
      comment: "clean",
    });
    assert.equal(released.status, 200);
    assert.equal(released.body.enabled, false);
    assert.equal((await api.get(`/endpoint/v1/endpoints/${targets[0]}/isolation`)).body.comment, "clean");
  });

  test("bulk isolation of unknown endpoints answers 404 No endpoints found", async () => {
    const response = await api.send("POST", "/endpoint/v1/endpoints/isolation", {
      enabled: true,
      ids: ["6d41e78e-0360-4de3-8669-bb7b797ee515"],
    });
    assert.equal(response.status, 404);
  });
});
