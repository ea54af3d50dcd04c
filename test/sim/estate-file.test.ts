import { strict as assert } from "node:assert";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { generateEstate, readEstateFile, startSimulator, writeEstateFile } from "../../src/sim/index.js";
import { credentialOf, tenantApi, tokenFor } from "./raw-client.js";

describe("estate files: dump, load, validate", () => {
  let dir: string;
  const now = Date.parse("2025-06-01T12:00:00.000Z");

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "centralctl-estate-"));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test("a generated estate survives a write and read round trip unchanged", async () => {
    const estate = generateEstate({ seed: 81, tenants: 3, endpointsPerTenant: 60, now, unmanagedTenants: 1 });
    const path = join(dir, "round-trip.json");
    await writeEstateFile(estate, path);
    const loaded = await readEstateFile(path);
    assert.deepEqual(JSON.parse(JSON.stringify(loaded)), JSON.parse(JSON.stringify(estate)));
  });

  test("the dump is one record per line and keeps unknown sections for newer features", async () => {
    const estate = generateEstate({ seed: 81, tenants: 1, endpointsPerTenant: 5, now });
    estate["plantedIndicators"] = [{ type: "sha256", value: "ab".repeat(32) }];
    estate.tenants[0]!["telemetry"] = { processes: 3 };
    const path = join(dir, "extended.json");
    await writeEstateFile(estate, path);
    const text = await readFile(path, "utf8");
    assert.equal(text.split("\n").filter((line) => line.includes('"tamperProtectionPassword"')).length, 5);
    const loaded = await readEstateFile(path);
    assert.deepEqual(loaded["plantedIndicators"], estate["plantedIndicators"]);
    assert.deepEqual(loaded.tenants[0]!["telemetry"], { processes: 3 });
  });

  test("validation errors name the file and the JSON path", async () => {
    const estate = JSON.parse(
      JSON.stringify(generateEstate({ seed: 81, tenants: 3, endpointsPerTenant: 8, now })),
    );
    estate.tenants[2].endpoints[5].lastSeenAt = "last tuesday";
    estate.tenants[0].dataRegion = "mars01";
    const path = join(dir, "estate.json");
    await writeFile(path, JSON.stringify(estate));
    await assert.rejects(readEstateFile(path), (error: Error) => {
      assert.match(
        error.message,
        /estate\.json: tenants\[2\]\.endpoints\[5\]\.lastSeenAt: expected ISO date-time/,
      );
      assert.match(error.message, /estate\.json: tenants\[0\]\.dataRegion: /);
      return true;
    });
  });

  test("broken references and malformed JSON are reported with where they are", async () => {
    const estate = JSON.parse(
      JSON.stringify(generateEstate({ seed: 81, tenants: 2, endpointsPerTenant: 4, now })),
    );
    estate.tenants[1].partnerId = "6d41e78e-0360-4de3-8669-bb7b797ee515";
    const refs = join(dir, "refs.json");
    await writeFile(refs, JSON.stringify(estate));
    await assert.rejects(readEstateFile(refs), /refs\.json: tenants\[1\]\.partnerId: no partner with id/);

    const broken = join(dir, "broken.json");
    await writeFile(broken, '{\n  "format": "centralctl-estate",\n  "version": 1,\n  oops\n}');
    await assert.rejects(readEstateFile(broken), /broken\.json: not valid JSON at line 4/);
    await assert.rejects(readEstateFile(join(dir, "missing.json")), /cannot read the estate file \(ENOENT\)/);
  });

  test("a hand-written minimal estate loads with defaults and is served", async () => {
    const tenantId = "0b3c2f14-2b8e-4f8e-9a51-0a1c9c3e2d11";
    const minimal = {
      format: "centralctl-estate",
      version: 1,
      generatedAt: "2025-06-01T12:00:00Z",
      credentials: [
        { kind: "tenant", id: tenantId, clientId: "tenant-client", clientSecret: "tenant-secret-123" },
      ],
      tenants: [
        {
          id: tenantId,
          name: "Minimal Ltd",
          dataRegion: "eu02",
          endpoints: [
            {
              id: "1f0e5c8a-6a0b-4d8e-8f3a-3b2a1c0d9e8f",
              type: "computer",
              hostname: "MIN-LT-0001",
              os: { platform: "windows", name: "Windows 11 Pro", majorVersion: 10, build: 22631 },
              lastSeenAt: "2025-05-31T08:00:00+02:00",
            },
          ],
        },
      ],
    };
    const path = join(dir, "minimal.json");
    await writeFile(path, JSON.stringify(minimal));
    const estate = await readEstateFile(path);
    assert.equal(estate.tenants[0]!.dataGeography, "DE");
    assert.equal(estate.tenants[0]!.endpoints[0]!.lastSeenAt, "2025-05-31T06:00:00.000Z");
    const sim = await startSimulator({ estate, now: () => now });
    try {
      const token = await tokenFor(sim, credentialOf(sim, "tenant", tenantId));
      const response = await tenantApi(sim, token, tenantId).get("/endpoint/v1/endpoints?view=full");
      assert.equal(response.status, 200);
      assert.equal(response.body.items[0].hostname, "MIN-LT-0001");
      assert.equal(response.body.items[0].health.overall, "good");
    } finally {
      await sim.close();
    }
  });

  test("the live estate can be dumped: deletes made through the API are in the file", async () => {
    const sim = await startSimulator({ seed: 82, tenants: 1, endpointsPerTenant: 10, now: () => now });
    try {
      const tenant = sim.estate.tenants[0]!;
      const victim = tenant.endpoints[0]!.id;
      const token = await tokenFor(sim, credentialOf(sim, "partner"));
      assert.equal(
        (await tenantApi(sim, token, tenant.id).send("DELETE", `/endpoint/v1/endpoints/${victim}`)).status,
        200,
      );
      const path = join(dir, "live.json");
      await writeEstateFile(sim.estate, path);
      const loaded = await readEstateFile(path);
      assert.equal(loaded.tenants[0]!.endpoints.length, 9);
      assert.ok(!loaded.tenants[0]!.endpoints.some((e) => e.id === victim));
    } finally {
      await sim.close();
    }
  });
});
