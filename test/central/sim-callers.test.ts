// The client against the Central simulator: the three caller kinds, tenant discovery across pages
// and regions, and every resource listing compared with the simulator's estate.
import { after, before, describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { forEachTenant, NotFoundError } from "../../src/central/index.js";
import { redactSecrets } from "../../src/util/redact.js";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { collect, credentialOf, simClient, sortedIds, tenantsOf } from "./helpers/sim-client.js";

let sim: RunningSimulator;
before(async () => {
  // 105 tenants: the tenant list spans two pages of 100.
  sim = await startSimulator({ seed: 11, tenants: 105, endpointsPerTenant: 30, alertsPerTenant: 12 });
});
after(() => sim.close());

describe("caller kinds", () => {
  test("a partner sees every tenant across tenant pages, each with its own regional apiHost", async () => {
    const client = simClient(sim, credentialOf(sim, "partner"));
    assert.equal((await client.whoami()).idType, "partner");
    const tenants = await tenantsOf(client);
    assert.deepEqual(sortedIds(tenants), sortedIds(sim.estate.tenants));
    const hosts = new Set(tenants.map((t) => t.apiHost));
    assert.ok(hosts.size >= 2, `expected several regions, got ${[...hosts].join()}`);
    for (const t of tenants) assert.ok(t.apiHost && !t.apiHost.endsWith("/"), `apiHost of ${t.name}`);
  });

  test("a partner lists every endpoint of every tenant exactly once", async () => {
    const client = simClient(sim, credentialOf(sim, "partner"));
    const tenants = await tenantsOf(client);
    const report = await forEachTenant(tenants, async (t) =>
      collect(client.forTenant(t).endpoints({ pageSize: 10 })),
    );
    assert.deepEqual(report.failures, []);
    for (const { tenant, value } of report.results) {
      const estate = sim.estate.tenants.find((t) => t.id === tenant.id)!;
      assert.deepEqual(sortedIds(value), sortedIds(estate.endpoints), `tenant ${tenant.name}`);
    }
  });

  test("an organization sees exactly its own tenants", async () => {
    const org = credentialOf(sim, "organization");
    const client = simClient(sim, org);
    assert.equal((await client.whoami()).idType, "organization");
    const expected = sim.estate.tenants.filter((t) => t.organizationId === org.id);
    assert.ok(expected.length > 0);
    assert.deepEqual(sortedIds(await tenantsOf(client)), sortedIds(expected));
  });

  test("a tenant caller gets itself, synthesised from whoami's dataRegion", async () => {
    const cred = credentialOf(sim, "tenant");
    const client = simClient(sim, cred);
    const tenants = await tenantsOf(client);
    const estate = sim.estate.tenants.find((t) => t.id === cred.id)!;
    assert.equal(tenants.length, 1);
    assert.equal(tenants[0]!.id, cred.id);
    assert.equal(tenants[0]!.apiHost, sim.regionUrl(estate.dataRegion));
    const endpoints = await collect(client.forTenant(tenants[0]!).endpoints({ pageSize: 7 }));
    assert.deepEqual(sortedIds(endpoints), sortedIds(estate.endpoints));
  });
});

describe("tenant resources", () => {
  const firstTenant = async () => {
    const cred = credentialOf(sim, "tenant");
    const client = simClient(sim, cred);
    const [tenant] = await tenantsOf(client);
    return { api: client.forTenant(tenant!), estate: sim.estate.tenants.find((t) => t.id === cred.id)! };
  };

  test("view=full is sent on every page, not only the first", async () => {
    const { api } = await firstTenant();
    const full = await collect(api.endpoints({ view: "full", pageSize: 4 }));
    assert.ok(full.length > 8, "several pages");
    assert.ok(
      full.every((e) => "cloned" in e),
      "every page carries full-view fields",
    );
    const summary = await collect(api.endpoints({ view: "summary", pageSize: 4 }));
    assert.ok(
      summary.every((e) => !("cloned" in e)),
      "control: summary lacks them",
    );
  });

  test("alerts, local sites, admins, roles, firewalls and groups match the estate", async () => {
    const { api, estate } = await firstTenant();
    assert.deepEqual(sortedIds(await collect(api.alerts({ pageSize: 5 }))), sortedIds(estate.alerts));
    assert.deepEqual(sortedIds(await collect(api.localSites())), sortedIds(estate.localSites));
    assert.deepEqual(sortedIds(await collect(api.admins())), sortedIds(estate.admins));
    assert.deepEqual(sortedIds(await collect(api.roles())), sortedIds(estate.roles));
    assert.deepEqual(sortedIds(await collect(api.firewalls())), sortedIds(estate.firewalls));
    assert.deepEqual(sortedIds(await collect(api.firewallGroups())), sortedIds(estate.firewallGroups));
    const categories = await api.webControlCategories();
    assert.equal(categories.length, sim.estate.webControlCategories.length);
  });

  test("alerts filtered by severity only return that severity", async () => {
    const { api, estate } = await firstTenant();
    const high = await collect(api.alerts({ severity: ["high"], pageSize: 3 }));
    assert.deepEqual(sortedIds(high), sortedIds(estate.alerts.filter((a) => a.severity === "high")));
  });

  test("an endpoint is fetched by id, a missing one is NotFoundError, and tamper passwords are redacted", async () => {
    const { api, estate } = await firstTenant();
    const target = estate.endpoints[0]!;
    assert.equal((await api.getEndpoint(target.id)).hostname, target.hostname);
    await assert.rejects(api.getEndpoint("00000000-0000-4000-8000-000000000000"), NotFoundError);
    const tp = await api.tamperProtection(target.id);
    assert.equal(tp.password, target.tamperProtectionPassword);
    assert.equal(redactSecrets(`password ${tp.password}`), "password [REDACTED]");
  });
});
