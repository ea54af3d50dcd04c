import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { credentialOf, readAllKeyPages, tenantApi, tokenFor } from "./raw-client.js";

describe("simulator endpoint key paging", () => {
  let sim: RunningSimulator;
  let api: ReturnType<typeof tenantApi>;

  before(async () => {
    sim = await startSimulator({ seed: 21, tenants: 2, endpointsPerTenant: 500 });
    const token = await tokenFor(sim, credentialOf(sim, "partner"));
    api = tenantApi(sim, token, sim.estate.tenants[0]!.id);
  });
  after(() => sim.close());

  test("paging returns every endpoint exactly once and omits nextKey only on the last page", async () => {
    const { items, pages } = await readAllKeyPages(api.get, "/endpoint/v1/endpoints?pageSize=37&view=basic");
    const ids = items.map((e) => e["id"] as string);
    assert.equal(ids.length, 500);
    assert.equal(new Set(ids).size, 500);
    assert.deepEqual(new Set(ids), new Set(api.tenant.endpoints.map((e) => e.id)));
    assert.equal(pages.length, Math.ceil(500 / 37));
    pages.slice(0, -1).forEach((p) => assert.equal(typeof p["nextKey"], "string"));
    assert.ok(!("nextKey" in pages[pages.length - 1]!), "the last page has no nextKey key at all");
    assert.equal(pages[0]!["size"], 37);
    assert.equal(pages[0]!["maxSize"], 500);
    assert.ok(!("fromKey" in pages[0]!));
    assert.equal(typeof pages[1]!["fromKey"], "string");
  });

  test("when the item count is a multiple of the page size there is no empty trailing page", async () => {
    const { pages } = await readAllKeyPages(api.get, "/endpoint/v1/endpoints?pageSize=100&view=basic");
    assert.equal(pages.length, 5);
  });

  test("pageTotal=true adds total pages and total items; without it neither is present", async () => {
    const counted = await api.get("/endpoint/v1/endpoints?pageSize=200&pageTotal=true&view=basic");
    assert.equal(counted.body.pages.total, 3);
    assert.equal(counted.body.pages.items, 500);
    const plain = await api.get("/endpoint/v1/endpoints?pageSize=200&view=basic");
    assert.ok(!("total" in plain.body.pages) && !("items" in plain.body.pages));
  });

  test("the default page size is 50 and a size above 500 is refused with 400", async () => {
    const page = await api.get("/endpoint/v1/endpoints");
    assert.equal(page.body.items.length, 50);
    assert.equal(page.body.pages.size, 50);
    assert.equal((await api.get("/endpoint/v1/endpoints?pageSize=501")).status, 400);
    assert.equal((await api.get("/endpoint/v1/endpoints?pageSize=0")).status, 400);
  });

  test("a forged pageFromKey answers 400", async () => {
    const response = await api.get("/endpoint/v1/endpoints?pageFromKey=not-a-key");
    assert.equal(response.status, 400);
    assert.match(response.body.message, /pageFromKey/);
  });

  test("deleting endpoints between pages causes no skip and no duplicate", async () => {
    const local = await startSimulator({ seed: 22, tenants: 1, endpointsPerTenant: 300 });
    try {
      const token = await tokenFor(local, credentialOf(local, "partner"));
      const tenantCaller = tenantApi(local, token, local.estate.tenants[0]!.id);
      const before = tenantCaller.tenant.endpoints.map((e) => e.id);
      const deleted = new Set<string>();
      const { items } = await readAllKeyPages(
        tenantCaller.get,
        "/endpoint/v1/endpoints?pageSize=25&view=basic",
        async (page) => {
          // Delete the last item served so far, one not yet served, and one far ahead.
          const served = (page + 1) * 25;
          for (const index of [served - 1, served + 1, served + 100]) {
            const id = before[index];
            if (id && !deleted.has(id)) {
              deleted.add(id);
              const response = await tenantCaller.send("DELETE", `/endpoint/v1/endpoints/${id}`);
              assert.equal(response.status, 200);
            }
          }
        },
      );
      const ids = items.map((e) => e["id"] as string);
      assert.equal(new Set(ids).size, ids.length, "no duplicates");
      const survivors = before.filter((id) => !deleted.has(id));
      for (const id of survivors) assert.ok(ids.includes(id), `surviving endpoint ${id} was skipped`);
    } finally {
      await local.close();
    }
  });

  test("sorted listings page by keyset too: lastSeenAt descending, each endpoint once, in order", async () => {
    const { items } = await readAllKeyPages(
      api.get,
      "/endpoint/v1/endpoints?pageSize=60&sort=lastSeenAt:desc&view=summary",
    );
    assert.equal(items.length, 500);
    assert.equal(new Set(items.map((e) => e["id"])).size, 500);
    const seen = items.map((e) => e["lastSeenAt"] as string);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i - 1]! >= seen[i]!, `order broken at ${i}`);
  });

  test("sorting by hostname with a filter pages through exactly the matching endpoints", async () => {
    const { items } = await readAllKeyPages(
      api.get,
      "/endpoint/v1/endpoints?pageSize=10&sort=hostname&type=server&view=basic",
    );
    const expected = api.tenant.endpoints.filter((e) => e.type === "server");
    assert.equal(items.length, expected.length);
    const names = items.map((e) => (e["hostname"] as string).toLowerCase());
    assert.deepEqual(names, [...names].sort());
  });
});
