import { strict as assert } from "node:assert";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { startSimulator, type EstateEndpoint, type RunningSimulator } from "../../src/sim/index.js";
import { credentialOf, tenantApi, tokenFor } from "./raw-client.js";

const BASE = "/endpoint/v1/endpoint-groups";

describe("simulator endpoint groups", () => {
  let sim: RunningSimulator;
  let api: ReturnType<typeof tenantApi>;

  before(async () => {
    sim = await startSimulator({ seed: 71, tenants: 1, endpointsPerTenant: 60 });
    const token = await tokenFor(sim, credentialOf(sim, "partner"));
    api = tenantApi(sim, token, sim.estate.tenants[0]!.id);
  });
  after(() => sim.close());

  const computers = (): EstateEndpoint[] => api.tenant.endpoints.filter((e) => e.type === "computer");

  test("groups are seeded from the endpoints' group values and page by number", async () => {
    const seeded = new Map<string, number>();
    for (const e of api.tenant.endpoints)
      if (e.group) seeded.set(e.group.id, (seeded.get(e.group.id) ?? 0) + 1);
    assert.ok(seeded.size >= 3, "the estate has several groups");

    const first = await api.get(`${BASE}?pageSize=2&pageTotal=true`);
    assert.equal(first.status, 200);
    assert.equal(first.body.items.length, 2);
    assert.deepEqual(first.body.pages, {
      current: 1,
      size: 2,
      maxSize: 1000,
      total: Math.ceil(seeded.size / 2),
      items: seeded.size,
    });
    const all = [];
    for (let page = 1; page <= first.body.pages.total; page++)
      all.push(...(await api.get(`${BASE}?page=${page}&pageSize=2`)).body.items);
    assert.equal(all.length, seeded.size);
    for (const group of all) {
      assert.equal(group.endpoints.itemsCount, seeded.get(group.id), `${group.name} lists its members`);
      assert.ok(["computer", "server"].includes(group.type));
      assert.equal(typeof group.createdAt, "string");
    }
    assert.equal((await api.get(`${BASE}?pageSize=1001`)).status, 400);
  });

  test("adding a computer to a group moves it out of its old group and changes its record", async () => {
    const created = await api.send("POST", BASE, { name: "Pending removal", type: "computer" });
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.endpoints, { itemsCount: 0, items: [] });
    const groupId = created.body.id as string;
    const device = computers().find((e) => e.group !== undefined)!;
    const oldGroupId = device.group!.id;

    const added = await api.send("POST", `${BASE}/${groupId}/endpoints`, { ids: [device.id, randomUUID()] });
    assert.equal(added.status, 201);
    assert.deepEqual(added.body, { addedEndpoints: [{ id: device.id, hostname: device.hostname }] });
    const record = await api.get(`/endpoint/v1/endpoints/${device.id}`);
    assert.deepEqual(record.body.group, { id: groupId, name: "Pending removal" });
    const old = await api.get(`${BASE}/${oldGroupId}/endpoints?pageTotal=true`);
    assert.ok(
      !old.body.items.some((m: { id: string }) => m.id === device.id),
      "a computer is in at most one group",
    );
    const members = await api.get(`${BASE}/${groupId}/endpoints?pageTotal=true`);
    assert.deepEqual(members.body.items, [{ id: device.id, hostname: device.hostname }]);
    assert.equal(members.body.pages.items, 1);
    assert.equal((await api.get(`${BASE}/${groupId}`)).body.endpoints.itemsCount, 1);

    const removed = await api.send("DELETE", `${BASE}/${groupId}/endpoints?ids=${device.id},${randomUUID()}`);
    assert.equal(removed.status, 200);
    assert.deepEqual(removed.body, { removedEndpoints: [{ id: device.id, hostname: device.hostname }] });
    assert.equal((await api.get(`/endpoint/v1/endpoints/${device.id}`)).body.group, undefined);
  });

  test("a group is created with members; a server cannot join a computer group", async () => {
    const [a, b] = computers();
    const created = await api.send("POST", BASE, {
      name: "Kiosks",
      description: "lobby",
      type: "computer",
      endpointIds: [a!.id, b!.id],
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.endpoints.itemsCount, 2);
    assert.equal(created.body.description, "lobby");
    const duplicate = await api.send("POST", BASE, { name: "kiosks", type: "computer" });
    assert.equal(duplicate.status, 400);
    const server = api.tenant.endpoints.find((e) => e.type === "server");
    if (server !== undefined) {
      const refused = await api.send("POST", `${BASE}/${created.body.id}/endpoints`, { ids: [server.id] });
      assert.equal(refused.status, 400);
      assert.match(refused.body.message, /server/);
    }
  });

  test("unknown groups answer 404 and bad bodies 400, with a requestId", async () => {
    const missing = await api.get(`${BASE}/${randomUUID()}`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error, "notFound");
    assert.equal(typeof missing.body.requestId, "string");
    assert.equal((await api.get(`${BASE}/not-a-uuid/endpoints`)).status, 404);
    assert.equal(
      (await api.send("POST", `${BASE}/${randomUUID()}/endpoints`, { ids: [randomUUID()] })).status,
      404,
    );
    const group = (await api.get(BASE)).body.items[0];
    const bad = await api.send("POST", `${BASE}/${group.id}/endpoints`, { ids: [] });
    assert.equal(bad.status, 400);
    assert.equal(typeof bad.body.requestId, "string");
    assert.equal((await api.send("DELETE", `${BASE}/${group.id}/endpoints`)).status, 400);
    assert.equal((await api.send("POST", BASE, { name: "x", type: "phone" })).status, 400);
  });
});
