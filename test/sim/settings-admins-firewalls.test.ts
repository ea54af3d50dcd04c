import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { credentialOf, tenantApi, tokenFor } from "./raw-client.js";

describe("simulator local sites, categories, admins, roles, firewalls", () => {
  let sim: RunningSimulator;
  let api: ReturnType<typeof tenantApi>;

  before(async () => {
    sim = await startSimulator({ seed: 61, tenants: 3, endpointsPerTenant: 20 });
    const token = await tokenFor(sim, credentialOf(sim, "partner"));
    // Pick a tenant that has firewalls (about two thirds do).
    const tenant = sim.estate.tenants.find((t) => t.firewalls.length > 1) ?? sim.estate.tenants[0]!;
    api = tenantApi(sim, token, tenant.id);
  });
  after(() => sim.close());

  test("local sites page by number; create, read, patch, and delete (200 even when absent)", async () => {
    const listed = await api.get("/endpoint/v1/settings/web-control/local-sites?pageTotal=true");
    assert.equal(listed.status, 200);
    assert.equal(listed.body.pages.items, api.tenant.localSites.length);
    assert.equal(listed.body.pages.current, 1);

    const created = await api.send("POST", "/endpoint/v1/settings/web-control/local-sites", {
      url: "https://wiki.example.org",
      categoryId: 6,
      comment: "wiki",
    });
    assert.equal(created.status, 201);
    const id = created.body.id as string;
    assert.equal(
      (await api.get(`/endpoint/v1/settings/web-control/local-sites/${id}`)).body.url,
      "https://wiki.example.org",
    );
    const patched = await api.send("PATCH", `/endpoint/v1/settings/web-control/local-sites/${id}`, {
      tags: ["allow-list"],
    });
    assert.deepEqual(patched.body.tags, ["allow-list"]);
    assert.equal(patched.body.categoryId, 6);

    const deleted = await api.send("DELETE", `/endpoint/v1/settings/web-control/local-sites/${id}`);
    assert.deepEqual(deleted.body, { deleted: true });
    assert.ok(deleted.headers.get("date"), "the anchor client reads the Date header after deletes");
    const again = await api.send("DELETE", `/endpoint/v1/settings/web-control/local-sites/${id}`);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, { deleted: true });
    assert.equal(
      (await api.send("POST", "/endpoint/v1/settings/web-control/local-sites", { comment: "no url" })).status,
      400,
    );
  });

  test("web-control categories are a bare array sorted by id, contiguous from 0", async () => {
    const response = await api.get("/endpoint/v1/settings/web-control/categories");
    assert.ok(Array.isArray(response.body));
    response.body.forEach((category: { id: number; name: string }, i: number) => {
      assert.equal(category.id, i);
      assert.equal(typeof category.name, "string");
    });
  });

  test("admins page by number with tenant, profile and role assignments", async () => {
    const response = await api.get("/common/v1/admins?pageTotal=true");
    assert.equal(response.status, 200);
    assert.equal(response.body.pages.items, api.tenant.admins.length);
    const admin = response.body.items[0];
    assert.deepEqual(admin.tenant, { id: api.tenant.id });
    assert.match(admin.profile.email, /@/);
    assert.equal(typeof admin.roleAssignments[0].roleId, "string");
    assert.equal((await api.get(`/common/v1/admins/${admin.id}`)).body.id, admin.id);
  });

  test("roles are {items} without pages and filter by principalType", async () => {
    const response = await api.get("/common/v1/roles");
    assert.ok(Array.isArray(response.body.items));
    assert.ok(!("pages" in response.body));
    const service = await api.get("/common/v1/roles?principalType=service");
    assert.ok(service.body.items.length > 0);
    assert.ok(service.body.items.every((r: { principalType: string }) => r.principalType === "service"));
  });

  test("firewalls and firewall groups page by number; groups count their members", async () => {
    const firewalls = await api.get("/firewall/v1/firewalls?pageTotal=true");
    assert.equal(firewalls.status, 200);
    assert.equal(firewalls.body.pages.items, api.tenant.firewalls.length);
    if (api.tenant.firewalls.length > 0) {
      const firewall = firewalls.body.items[0];
      for (const key of [
        "id",
        "tenant",
        "serialNumber",
        "hostname",
        "name",
        "model",
        "firmwareVersion",
        "status",
      ])
        assert.ok(key in firewall, key);
      const groups = await api.get("/firewall/v1/firewall-groups");
      const total = groups.body.items.reduce(
        (n: number, g: { firewalls: { total: number } }) => n + g.firewalls.total,
        0,
      );
      assert.equal(total, api.tenant.firewalls.length);
    }
  });
});
