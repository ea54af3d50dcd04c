import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { generateEstate } from "./generate-estate.js";

const now = Date.parse("2025-06-01T12:00:00.000Z");
const DAY = 86_400_000;

describe("generateEstate", () => {
  test("the same seed and clock give the same estate; another seed a different one", () => {
    const a = generateEstate({ seed: 5, tenants: 3, endpointsPerTenant: 150, now });
    const b = generateEstate({ seed: 5, tenants: 3, endpointsPerTenant: 150, now });
    assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
    const c = generateEstate({ seed: 6, tenants: 3, endpointsPerTenant: 150, now });
    assert.notEqual(c.tenants[0]!.id, a.tenants[0]!.id);
    assert.notEqual(c.tenants[0]!.endpoints[0]!.id, a.tenants[0]!.endpoints[0]!.id);
  });

  test("a tenant keeps its identity and credentials whatever the estate size", () => {
    const small = generateEstate({ seed: 5, tenants: 2, endpointsPerTenant: 10, now });
    const large = generateEstate({ seed: 5, tenants: 4, endpointsPerTenant: 300, now });
    assert.equal(large.tenants[1]!.id, small.tenants[1]!.id);
    assert.equal(large.tenants[1]!.name, small.tenants[1]!.name);
    assert.deepEqual(
      large.credentials.find((c) => c.id === small.tenants[1]!.id),
      small.credentials.find((c) => c.id === small.tenants[1]!.id),
    );
  });

  test("counts: exact endpoints per tenant, one partner, one organization, one credential each", () => {
    const estate = generateEstate({ seed: 5, tenants: 4, endpointsPerTenant: 123, now });
    assert.equal(estate.tenants.length, 4);
    estate.tenants.forEach((t) => assert.equal(t.endpoints.length, 123));
    assert.equal(estate.credentials.filter((c) => c.kind === "partner").length, 1);
    assert.equal(estate.credentials.filter((c) => c.kind === "organization").length, 1);
    assert.equal(estate.credentials.filter((c) => c.kind === "tenant").length, 4);
    assert.equal(estate.tenants.filter((t) => t.organizationId).length, 2);
  });

  test("endpoints are sorted by unique id", () => {
    const { endpoints } = generateEstate({ seed: 5, tenants: 1, endpointsPerTenant: 2000, now }).tenants[0]!;
    for (let i = 1; i < endpoints.length; i++) assert.ok(endpoints[i - 1]!.id < endpoints[i]!.id);
  });

  test("the estate looks real: naming patterns, OS builds, servers, users, twins, a long tail", () => {
    const estate = generateEstate({ seed: 5, tenants: 6, endpointsPerTenant: 1500, now });
    const all = estate.tenants.flatMap((t) => t.endpoints);
    const names = all.map((e) => e.hostname);
    for (const pattern of [
      /^[A-Z]+-LT-\d{4}$/,
      /^WS-[A-Z]+-\d{3}$/,
      /^SRV-[A-Z]+-\d{2}$/,
      /^(mbp|imac)-[a-z0-9]+/,
      /^[a-z0-9-]+\.[a-z.]+$/,
      /^[a-z]+-lt-\d{4}$/,
    ]) {
      assert.ok(
        names.some((n) => pattern.test(n)),
        `no hostname like ${pattern}`,
      );
    }
    const builds = new Set(all.map((e) => e.os.build));
    for (const build of [19045, 22631, 26100, 17763, 20348])
      assert.ok(builds.has(build), `no build ${build}`);
    assert.ok(all.some((e) => e.os.platform === "macOS") && all.some((e) => e.os.platform === "linux"));
    const servers = all.filter((e) => e.type === "server").length / all.length;
    assert.ok(servers > 0.08 && servers < 0.25, `server share ${servers}`);
    assert.ok(estate.tenants[0]!.endpoints.some((e) => e.associatedPerson?.viaLogin.startsWith("CORP\\")));
    assert.ok(new Set(estate.tenants.map((t) => t.dataRegion)).size >= 4);

    const seenDaysAgo = all.map((e) => (now - Date.parse(e.lastSeenAt)) / DAY);
    const share = (keep: (days: number) => boolean): number => seenDaysAgo.filter(keep).length / all.length;
    assert.ok(share((d) => d * 1440 < 10) > 0.25, "many online");
    assert.ok(share((d) => d < 7) > 0.6, "most seen within days");
    assert.ok(share((d) => d > 90) > 0.02 && share((d) => d > 90) < 0.15, "a tail of old devices");

    const tenant = estate.tenants[0]!;
    const byName = new Map<string, typeof tenant.endpoints>();
    for (const e of tenant.endpoints) byName.set(e.hostname, [...(byName.get(e.hostname) ?? []), e]);
    const twins = [...byName.values()].filter((group) => group.length > 1);
    assert.ok(twins.length > 5, "stale twins exist");
    for (const group of twins) {
      const seen = group.map((e) => Date.parse(e.lastSeenAt)).sort((x, y) => x - y);
      assert.ok(seen[seen.length - 1]! - seen[0]! >= 45 * DAY, "a twin is much older than its live device");
    }
  });

  test("special tenants: the last are unmanaged, those before them lack an API host", () => {
    const estate = generateEstate({
      seed: 5,
      tenants: 5,
      endpointsPerTenant: 3,
      now,
      unmanagedTenants: 1,
      tenantsWithoutApiHost: 2,
    });
    assert.deepEqual(
      estate.tenants.map((t) => t.managed),
      [true, true, true, true, false],
    );
    assert.deepEqual(
      estate.tenants.map((t) => t.apiHostAvailable),
      [true, true, false, false, true],
    );
  });

  test("invalid counts are refused with a RangeError", () => {
    assert.throws(() => generateEstate({ seed: 1, tenants: -1, endpointsPerTenant: 1 }), RangeError);
    assert.throws(
      () => generateEstate({ seed: 1, tenants: 2, endpointsPerTenant: 1, unmanagedTenants: 3 }),
      RangeError,
    );
  });
});
