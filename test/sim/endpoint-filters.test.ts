import { strict as assert } from "node:assert";
import { after, before, describe, test } from "node:test";
import { startSimulator, type EstateEndpoint, type RunningSimulator } from "../../src/sim/index.js";
import { credentialOf, readAllKeyPages, tenantApi, tokenFor } from "./raw-client.js";

const DAY = 86_400_000;

describe("simulator endpoint views and filters", () => {
  const now = Date.parse("2025-06-01T12:00:00.000Z");
  let sim: RunningSimulator;
  let api: ReturnType<typeof tenantApi>;
  let endpoints: EstateEndpoint[];

  const ids = async (query: string): Promise<string[]> => {
    const { items } = await readAllKeyPages(
      api.get,
      `/endpoint/v1/endpoints?pageSize=500&view=basic&${query}`,
    );
    return items.map((e) => e["id"] as string).sort();
  };
  const expected = (keep: (e: EstateEndpoint) => boolean): string[] =>
    endpoints
      .filter(keep)
      .map((e) => e.id)
      .sort();

  before(async () => {
    sim = await startSimulator({ seed: 31, tenants: 1, endpointsPerTenant: 400, now: () => now });
    const token = await tokenFor(sim, credentialOf(sim, "partner"));
    api = tenantApi(sim, token, sim.estate.tenants[0]!.id);
    endpoints = api.tenant.endpoints;
  });
  after(() => sim.close());

  test("basic has only id, type, tenant and hostname; summary is the default; full adds detail", async () => {
    const basic = (await api.get("/endpoint/v1/endpoints?view=basic&pageSize=1")).body.items[0];
    assert.deepEqual(Object.keys(basic).sort(), ["hostname", "id", "tenant", "type"]);
    assert.deepEqual(basic.tenant, { id: api.tenant.id });
    const summary = (await api.get("/endpoint/v1/endpoints?pageSize=1")).body.items[0];
    for (const key of [
      "health",
      "os",
      "lastSeenAt",
      "online",
      "tamperProtectionEnabled",
      "ipv4Addresses",
      "isolation",
    ])
      assert.ok(key in summary, key);
    assert.ok(!("serialNumber" in summary));
    const full = (await api.get("/endpoint/v1/endpoints?pageSize=1&view=full")).body.items[0];
    for (const key of [
      "serialNumber",
      "lastOsUpdateAt",
      "lastAgentUpdateAt",
      "encryption",
      "lockdown",
      "cloned",
    ])
      assert.ok(key in full, key);
    assert.match(full.lastSeenAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.equal((await api.get("/endpoint/v1/endpoints?view=huge")).status, 400);
  });

  test("fields returns a partial response, dotted paths included", async () => {
    const item = (await api.get("/endpoint/v1/endpoints?pageSize=1&fields=id,hostname,health.overall")).body
      .items[0];
    assert.deepEqual(Object.keys(item).sort(), ["health", "hostname", "id"]);
    assert.deepEqual(Object.keys(item.health), ["overall"]);
  });

  test("lastSeenBefore takes an ISO-8601 duration relative to now (exclusive)", async () => {
    const bound = new Date(now - 90 * DAY).toISOString();
    const stale = await ids("lastSeenBefore=-P90D");
    assert.ok(stale.length > 0);
    assert.deepEqual(
      stale,
      expected((e) => e.lastSeenAt < bound),
    );
  });

  test("lastSeenAfter takes a date-time (inclusive) and combines with lastSeenBefore", async () => {
    const from = "2025-05-01T00:00:00Z";
    const result = await ids(`lastSeenAfter=${from}&lastSeenBefore=-PT1H`);
    assert.deepEqual(
      result,
      expected(
        (e) =>
          e.lastSeenAt >= "2025-05-01T00:00:00.000Z" &&
          e.lastSeenAt < new Date(now - 3_600_000).toISOString(),
      ),
    );
    assert.equal((await api.get("/endpoint/v1/endpoints?lastSeenBefore=yesterday")).status, 400);
  });

  test("healthStatus accepts a comma-separated list and repeated parameters alike", async () => {
    const want = expected((e) => e.health.overall === "bad" || e.health.overall === "suspicious");
    assert.ok(want.length > 0);
    assert.deepEqual(await ids("healthStatus=bad,suspicious"), want);
    assert.deepEqual(await ids("healthStatus=bad&healthStatus=suspicious"), want);
    assert.equal((await api.get("/endpoint/v1/endpoints?healthStatus=awful")).status, 400);
  });

  test("type, tamperProtectionEnabled and isolationStatus filter exactly", async () => {
    assert.deepEqual(
      await ids("type=server"),
      expected((e) => e.type === "server"),
    );
    assert.deepEqual(
      await ids("tamperProtectionEnabled=false"),
      expected((e) => !e.tamperProtectionEnabled),
    );
    assert.deepEqual(
      await ids("isolationStatus=notIsolated"),
      expected((e) => !e.isolation?.enabled),
    );
    assert.equal((await api.get("/endpoint/v1/endpoints?tamperProtectionEnabled=maybe")).status, 400);
  });

  test("hostnameContains and associatedPersonContains match substrings case-insensitively", async () => {
    const host = endpoints.find((e) => e.hostname.includes("-"))!.hostname;
    const needle = host.slice(0, 6).toLowerCase();
    assert.deepEqual(
      await ids(`hostnameContains=${encodeURIComponent(needle)}`),
      expected((e) => e.hostname.toLowerCase().includes(needle)),
    );
    const person = endpoints.find((e) => e.associatedPerson)!.associatedPerson!;
    const login = person.viaLogin.split("\\")[1]!.toUpperCase();
    const byPerson = await ids(`associatedPersonContains=${encodeURIComponent(login)}`);
    assert.ok(byPerson.length > 0);
    assert.ok(
      byPerson.every((id) =>
        endpoints
          .find((e) => e.id === id)!
          .associatedPerson!.viaLogin.toUpperCase()
          .includes(login),
      ),
    );
  });

  test("ids, ipAddresses and online select the named devices", async () => {
    const some = endpoints.slice(3, 6).map((e) => e.id);
    assert.deepEqual(await ids(`ids=${some.join(",")}`), [...some].sort());
    const ip = endpoints[10]!.ipv4Addresses[0]!;
    assert.deepEqual(
      await ids(`ipAddresses=${ip}`),
      expected((e) => e.ipv4Addresses.includes(ip)),
    );
    const onlineSince = new Date(now - 10 * 60_000).toISOString();
    const online = await ids("online=true");
    assert.ok(online.length > 0);
    assert.deepEqual(
      online,
      expected((e) => e.lastSeenAt >= onlineSince),
    );
  });

  test("search with searchFields looks only in the named fields", async () => {
    const group = endpoints.find((e) => e.group)!.group!.name;
    const result = await ids(`search=${encodeURIComponent(group)}&searchFields=groupName`);
    assert.deepEqual(
      result,
      expected((e) => e.group?.name.toLowerCase().includes(group.toLowerCase()) ?? false),
    );
  });

  test("unknown query parameters are ignored", async () => {
    const response = await api.get("/endpoint/v1/endpoints?pageSize=5&whatever=1&from_date_offset_minutes=0");
    assert.equal(response.status, 200);
    assert.equal(response.body.items.length, 5);
  });

  test("a device seen again (setEndpointLastSeen) turns online", async () => {
    const offline = endpoints.find((e) => e.lastSeenAt < new Date(now - DAY).toISOString())!;
    sim.controls.setEndpointLastSeen(api.tenant.id, offline.id, new Date(now - 30_000).toISOString());
    const one = await api.get(`/endpoint/v1/endpoints/${offline.id}`);
    assert.equal(one.body.online, true);
  });
});
