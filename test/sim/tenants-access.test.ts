import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { call, credentialOf, tenantApi, tokenFor } from "./raw-client.js";

describe("simulator whoami, tenant listings and access rules", () => {
  let sim: RunningSimulator;
  let partnerToken: string;
  let partnerId: string;

  before(async () => {
    // 6 tenants: the last is unmanaged (Partner Assistance off), the one before has no apiHost.
    sim = await startSimulator({
      seed: 11,
      tenants: 6,
      endpointsPerTenant: 20,
      unmanagedTenants: 1,
      tenantsWithoutApiHost: 1,
    });
    partnerId = credentialOf(sim, "partner").id;
    partnerToken = await tokenFor(sim, credentialOf(sim, "partner"));
  });
  after(() => sim.close());

  test("whoami names a partner and gives only the global host", async () => {
    const response = await call(`${sim.apiUrl}/whoami/v1`, { token: partnerToken });
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { id: partnerId, idType: "partner", apiHosts: { global: sim.apiUrl } });
  });

  test("whoami for a tenant credential gives its data-region host without a trailing slash", async () => {
    const tenant = sim.estate.tenants[1]!;
    const token = await tokenFor(sim, credentialOf(sim, "tenant", tenant.id));
    const response = await call(`${sim.apiUrl}/whoami/v1`, { token });
    assert.equal(response.body.idType, "tenant");
    assert.equal(response.body.apiHosts.dataRegion, sim.regionUrl(tenant.dataRegion));
    assert.ok(!response.body.apiHosts.dataRegion.endsWith("/"));
  });

  test("the partner lists every tenant with page numbers; pageTotal adds total pages and items", async () => {
    const headers = { "X-Partner-ID": partnerId };
    const first = await call(`${sim.apiUrl}/partner/v1/tenants?pageTotal=true&pageSize=4`, {
      token: partnerToken,
      headers,
    });
    assert.equal(first.status, 200);
    assert.deepEqual(first.body.pages, { current: 1, size: 4, maxSize: 100, total: 2, items: 6 });
    const second = await call(`${sim.apiUrl}/partner/v1/tenants?page=2&pageSize=4`, {
      token: partnerToken,
      headers,
    });
    assert.deepEqual(second.body.pages, { current: 2, size: 4, maxSize: 100 });
    const ids = [...first.body.items, ...second.body.items].map((t: { id: string }) => t.id);
    assert.deepEqual(
      ids,
      sim.estate.tenants.map((t) => t.id),
    );
    const tenant = first.body.items[0];
    assert.equal(tenant.apiHost, sim.regionUrl(tenant.dataRegion));
    for (const key of [
      "id",
      "name",
      "showAs",
      "dataGeography",
      "dataRegion",
      "billingType",
      "partner",
      "status",
    ])
      assert.ok(key in tenant, key);
  });

  test("a tenant without an API host is listed without apiHost and its data answers 403", async () => {
    const missing = sim.estate.tenants[4]!;
    const listed = await call(`${sim.apiUrl}/partner/v1/tenants/${missing.id}`, {
      token: partnerToken,
      headers: { "X-Partner-ID": partnerId },
    });
    assert.equal(listed.status, 200);
    assert.equal(listed.body.apiHost, undefined);
    const data = await tenantApi(sim, partnerToken, missing.id).get("/endpoint/v1/endpoints");
    assert.equal(data.status, 403);
  });

  test("an unmanaged tenant is listed but its data answers 403 to the partner, not to itself", async () => {
    const unmanaged = sim.estate.tenants[5]!;
    assert.equal(
      (await tenantApi(sim, partnerToken, unmanaged.id).get("/endpoint/v1/endpoints")).status,
      403,
    );
    const own = await tokenFor(sim, credentialOf(sim, "tenant", unmanaged.id));
    assert.equal((await tenantApi(sim, own, unmanaged.id).get("/endpoint/v1/endpoints")).status, 200);
  });

  test("partner routes need X-Partner-ID (400 when missing, 403 when wrong)", async () => {
    const missing = await call(`${sim.apiUrl}/partner/v1/tenants`, { token: partnerToken });
    assert.equal(missing.status, 400);
    assert.match(missing.body.message, /X-Partner-ID/);
    const wrong = await call(`${sim.apiUrl}/partner/v1/tenants`, {
      token: partnerToken,
      headers: { "X-Partner-ID": sim.estate.tenants[0]!.id },
    });
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.error, "Forbidden");
  });

  test("the organization sees only its tenants and may not use partner routes", async () => {
    const org = credentialOf(sim, "organization");
    const token = await tokenFor(sim, org);
    const list = await call(`${sim.apiUrl}/organization/v1/tenants?pageTotal=true`, {
      token,
      headers: { "X-Organization-ID": org.id },
    });
    assert.equal(list.status, 200);
    const expected = sim.estate.tenants.filter((t) => t.organizationId === org.id).map((t) => t.id);
    assert.ok(expected.length > 0 && expected.length < sim.estate.tenants.length);
    assert.deepEqual(
      list.body.items.map((t: { id: string }) => t.id),
      expected,
    );
    const other = sim.estate.tenants.find((t) => t.organizationId !== org.id)!;
    assert.equal((await tenantApi(sim, token, other.id).get("/endpoint/v1/endpoints")).status, 403);
    const asPartner = await call(`${sim.apiUrl}/partner/v1/tenants`, {
      token,
      headers: { "X-Partner-ID": org.id },
    });
    assert.equal(asPartner.status, 403);
  });

  test("a tenant credential reaches only its own tenant", async () => {
    const [mine, theirs] = sim.estate.tenants;
    const token = await tokenFor(sim, credentialOf(sim, "tenant", mine!.id));
    assert.equal((await tenantApi(sim, token, mine!.id).get("/endpoint/v1/endpoints")).status, 200);
    assert.equal((await tenantApi(sim, token, theirs!.id).get("/endpoint/v1/endpoints")).status, 403);
  });

  test("tenant routes need X-Tenant-ID: 400 when missing or not a UUID, 403 for an unknown tenant", async () => {
    const base = sim.regionUrl(sim.estate.tenants[0]!.dataRegion);
    const missing = await call(`${base}/endpoint/v1/endpoints`, { token: partnerToken });
    assert.equal(missing.status, 400);
    assert.match(missing.body.message, /X-Tenant-ID/);
    const malformed = await call(`${base}/endpoint/v1/endpoints`, {
      token: partnerToken,
      headers: { "X-Tenant-ID": "acme" },
    });
    assert.equal(malformed.status, 400);
    const unknown = await call(`${base}/endpoint/v1/endpoints`, {
      token: partnerToken,
      headers: { "X-Tenant-ID": "6d41e78e-0360-4de3-8669-bb7b797ee515" },
    });
    assert.equal(unknown.status, 403);
    assert.equal(typeof unknown.body.requestId, "string");
  });

  test("a tenant's data is only served on its own region's host (403 elsewhere)", async () => {
    const tenant = sim.estate.tenants[0]!;
    const elsewhere = sim.estate.tenants.find((t) => t.dataRegion !== tenant.dataRegion)!.dataRegion;
    const response = await call(`${sim.regionUrl(elsewhere)}/endpoint/v1/endpoints`, {
      token: partnerToken,
      headers: { "X-Tenant-ID": tenant.id },
    });
    assert.equal(response.status, 403);
    assert.match(response.body.message, /apiHost/);
  });

  test("tenants are spread over several regions", () => {
    assert.ok(new Set(sim.estate.tenants.map((t) => t.dataRegion)).size >= 4);
  });

  test("tenant routes are not served on the global host", async () => {
    const response = await call(`${sim.apiUrl}/endpoint/v1/endpoints`, {
      token: partnerToken,
      headers: { "X-Tenant-ID": sim.estate.tenants[0]!.id },
    });
    assert.equal(response.status, 404);
    assert.match(response.body.message, /GET \/api\/endpoint\/v1\/endpoints/);
  });
});
