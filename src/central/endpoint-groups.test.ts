import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../sim/index.js";
import { CentralClient } from "./central-client.js";
import {
  addEndpointsToGroup,
  findOrCreateEndpointGroup,
  getEndpointGroup,
  groupsOfEndpoint,
  listEndpointGroups,
  listGroupEndpoints,
  removeEndpointsFromGroup,
} from "./endpoint-groups.js";
import { NotFoundError } from "./errors.js";
import type { TenantClient } from "./tenant-client.js";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("endpoint groups client (against the simulator)", () => {
  let sim: RunningSimulator;
  let central: CentralClient;
  let tenant: TenantClient;

  before(async () => {
    sim = await startSimulator({ seed: 5, tenants: 1, endpointsPerTenant: 150 });
    const partner = sim.credentials.find((c) => c.kind === "partner")!;
    central = new CentralClient({
      clientId: partner.clientId,
      clientSecret: partner.clientSecret,
      idUrl: sim.idUrl,
      apiUrl: sim.apiUrl,
    });
    const [first] = await collect(central.listTenants());
    tenant = central.forTenant(first!);
  });
  after(async () => {
    await central.close();
    await sim.close();
  });

  test("find-or-create makes the group once and finds it again whatever the case", async () => {
    const created = await findOrCreateEndpointGroup(tenant, { name: "Pending removal", type: "computer" });
    const again = await findOrCreateEndpointGroup(tenant, { name: "PENDING REMOVAL", type: "computer" });
    assert.equal(again.id, created.id);
    const server = await findOrCreateEndpointGroup(tenant, { name: "Pending removal", type: "server" });
    assert.notEqual(server.id, created.id, "a server group of the same name is another group");
    const named = (await collect(listEndpointGroups(tenant))).filter((g) => g.name === "Pending removal");
    assert.equal(named.length, 2);
  });

  test("adding moves a device, listing its members pages through all of them, removing ungroups it", async () => {
    const group = await findOrCreateEndpointGroup(tenant, { name: "Bulk", type: "computer" });
    const ids = sim.estate.tenants[0]!.endpoints.filter((e) => e.type === "computer").map((e) => e.id);
    assert.ok(ids.length > 100, "more ids than one add call and one member page take");
    const added = await addEndpointsToGroup(tenant, group.id, ids);
    assert.equal(added.length, ids.length);
    const members = await collect(listGroupEndpoints(tenant, group.id));
    assert.deepEqual(members.map((m) => m.id).sort(), [...ids].sort());
    assert.deepEqual(await groupsOfEndpoint(tenant, ids[0]!), [
      { id: group.id, name: "Bulk", type: "computer" },
    ]);
    assert.equal((await tenant.getEndpoint(ids[0]!)).group?.id, group.id);

    const removed = await removeEndpointsFromGroup(tenant, group.id, ids.slice(0, 3));
    assert.equal(removed.length, 3);
    assert.deepEqual(await groupsOfEndpoint(tenant, ids[0]!), []);
    assert.equal((await getEndpointGroup(tenant, group.id)).endpoints?.itemsCount, ids.length - 3);
  });

  test("an unknown group is a NotFoundError", async () => {
    await assert.rejects(getEndpointGroup(tenant, "00000000-0000-4000-8000-000000000000"), NotFoundError);
    await assert.rejects(
      addEndpointsToGroup(tenant, "00000000-0000-4000-8000-000000000000", [
        "00000000-0000-4000-8000-000000000001",
      ]),
      NotFoundError,
    );
  });
});
