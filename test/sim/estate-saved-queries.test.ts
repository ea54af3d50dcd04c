// Saved queries declared in the estate: served by the Live Discover and XDR catalogues beside the
// canned ones, per tenant; validated with JSON paths; the default IOC Hunter queries really run.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { CentralClient, TenantClient } from "../../src/central/index.js";
import type { Tenant } from "../../src/central/types.js";
import { runSavedQuery } from "../../src/hunt/runner/index.js";
import { TelemetryDb } from "../../src/sim/central/xdr/telemetry-db.js";
import { substitute } from "../../src/sim/central/xdr/read-run-body.js";
import { IOC_HUNTER_QUERY } from "../../src/sim/estate/saved-queries/default-saved-queries.js";
import { generateTelemetry } from "../../src/sim/estate/telemetry/generate-telemetry.js";
import { TELEMETRY_DEFAULTS } from "../../src/sim/estate/telemetry/enable-telemetry.js";
import type { PlantedIndicator } from "../../src/sim/estate/telemetry/telemetry-types.js";
import { generateEstate, parseEstate, startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { partnerClient } from "../central/helpers/sim-client.js";

interface Query {
  id: string;
  name: string;
  type: string;
  variables: Array<{ name: string; dataType: string }>;
  categories: Array<{ id: string }>;
  tenant?: { id: string };
}
interface Category {
  id: string;
  name: string;
  type: string;
  queryCount: number;
}

const now = Date.now();
const TENANT_QUERY = {
  api: "xdr",
  name: "Large outbound transfers",
  template: "SELECT meta_hostname, destination_ip FROM xdr_data WHERE destination_port = $$port$$",
  variables: [{ name: "port", dataType: "integer" }],
  category: "Network",
};

function withQueries(extra: (raw: { tenants: Array<Record<string, unknown>> }) => void): unknown {
  const estate = generateEstate({
    seed: 4,
    tenants: 2,
    endpointsPerTenant: 20,
    now,
    telemetry: { queryDurationMs: 20 },
  });
  const raw = JSON.parse(JSON.stringify(estate)) as { tenants: Array<Record<string, unknown>> };
  extra(raw);
  return raw;
}

function problems(value: unknown): string {
  try {
    parseEstate(value, "estate.json");
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

describe("estate saved queries in the query catalogues", () => {
  let sim: RunningSimulator;
  let client: CentralClient;
  let tenants: Tenant[];
  const api = (i: number): TenantClient => client.forTenant(tenants[i]!);
  const list = async (i: number, base: string): Promise<Query[]> =>
    (await api(i).request<{ items: Query[] }>("GET", `${base}/queries`, { query: { pageSize: 250 } })).items;

  before(async () => {
    const estate = parseEstate(
      withQueries((raw) => (raw.tenants[1]!["savedQueries"] = [TENANT_QUERY])),
      "estate.json",
    );
    sim = await startSimulator({ estate });
    client = partnerClient(sim);
    tenants = [];
    for await (const t of client.listTenants()) tenants.push(t);
    tenants.sort(
      (a, b) =>
        sim.estate.tenants.findIndex((t) => t.id === a.id) -
        sim.estate.tenants.findIndex((t) => t.id === b.id),
    );
  });
  after(async () => {
    await client.close();
    await sim.close();
  });

  test("every tenant's Live Discover catalogue lists the IOC Hunter saved query with the reference's variables", async () => {
    for (const i of [0, 1]) {
      const queries = await list(i, "/live-discover/v1");
      assert.deepEqual(queries.map((q) => q.type).sort(), ["canned", "canned", "custom"]);
      const hunter = queries.find((q) => q.name === IOC_HUNTER_QUERY)!;
      assert.deepEqual(
        hunter.variables.map((v) => v.name),
        ["Number of Hours of activity to search", "IOC JSON", "Start Search From"],
      );
      assert.equal(hunter.tenant?.id, tenants[i]!.id);
      const one = await api(i).request<Query>("GET", `/live-discover/v1/queries/${hunter.id}`);
      assert.equal(one.name, IOC_HUNTER_QUERY);
    }
  });

  test("a tenant's own saved query is in its XDR catalogue only, under its own category with queryCount", async () => {
    const names = async (i: number): Promise<string[]> => (await list(i, "/xdr-query/v1")).map((q) => q.name);
    assert.ok((await names(1)).includes(TENANT_QUERY.name));
    assert.ok(!(await names(0)).includes(TENANT_QUERY.name));
    assert.ok((await names(0)).includes(IOC_HUNTER_QUERY));
    const categories = (
      await api(1).request<{ items: Category[] }>("GET", "/xdr-query/v1/queries/categories")
    ).items;
    assert.deepEqual(
      categories.map((c) => [c.name, c.type, c.queryCount]),
      [
        ["Threat hunting", "canned", 2],
        ["IOC hunting", "custom", 1],
        ["Network", "custom", 1],
      ],
    );
    const network = categories.find((c) => c.name === "Network")!;
    const inNetwork = await api(1).request<{ items: Query[] }>("GET", "/xdr-query/v1/queries", {
      query: { categoryId: network.id },
    });
    assert.deepEqual(
      inNetwork.items.map((q) => q.name),
      [TENANT_QUERY.name],
    );
    assert.equal(
      (await api(1).request<Category>("GET", `/xdr-query/v1/queries/categories/${network.id}`)).queryCount,
      1,
    );
  });

  test('runSavedQuery (hunt run --query "IOC Hunter") finds the planted indicators on both APIs with the reference\'s variables', async () => {
    const planted = (sim.estate["plantedIndicators"] as PlantedIndicator[]).find((p) => p.type === "domain")!;
    const iocJson = JSON.stringify({ ioc_data: [{ indicator_type: "domain", data: `%${planted.value}%` }] });
    const run = (api: "ld" | "xdr", variables: Record<string, string>) =>
      runSavedQuery(client, tenants, {
        api,
        name: IOC_HUNTER_QUERY,
        variables,
        poll: { initialMs: 10, maxMs: 20 },
      });
    const xdr = await run("xdr", { IOC_JSON: iocJson });
    assert.deepEqual(xdr.failures, []);
    const hosts = new Set(xdr.rows.map((r) => r["hostname"]));
    assert.deepEqual([...hosts].sort(), [...new Set(planted.endpoints.map((e) => e.hostname))].sort());
    const ld = await run("ld", {
      "Number of Hours of activity to search": String(7 * 24),
      "IOC JSON": iocJson,
      "Start Search From": new Date(now - 7 * 86_400_000).toISOString().slice(0, 19),
    });
    assert.ok(ld.rows.length > 0, `no Live Discover rows (${JSON.stringify(ld.failures)})`);
  });
});

describe("the default IOC Hunter Live Discover query", () => {
  test("searches the given hours from the start time for LIKE patterns of the IOC JSON", () => {
    const estate = generateEstate({ seed: 4, tenants: 1, endpointsPerTenant: 20, now, telemetry: true });
    const { rowsByTenant } = generateTelemetry(estate, TELEMETRY_DEFAULTS);
    const planted = (estate["plantedIndicators"] as PlantedIndicator[]).find((p) => p.type === "domain")!;
    const endpoint = planted.endpoints.find((e) => e.ldVisible)!;
    const db = new TelemetryDb(rowsByTenant.get(endpoint.tenantId)!);
    const template = estate.savedQueries!.find(
      (q) => q.api === "ld" && q.name === IOC_HUNTER_QUERY,
    )!.template;
    const run = (start: number, hours: number): number => {
      const variables = [
        { name: "Number of Hours of activity to search", dataType: "integer", value: String(hours) },
        {
          name: "IOC JSON",
          dataType: "text",
          value: JSON.stringify({
            ioc_data: [{ indicator_type: "domain", data: `%${planted.value.toUpperCase()}%` }],
          }),
        },
        {
          name: "Start Search From",
          dataType: "dateTime",
          value: new Date(start).toISOString().slice(0, 19),
        },
      ];
      const to = Math.floor(now / 1000);
      return db.run(substitute(template, variables), {
        from: to - 7 * 86400,
        to,
        endpointId: endpoint.endpointId,
      }).rows.length;
    };
    assert.ok(run(now - 7 * 86_400_000, 7 * 24) > 0, "found within the week");
    assert.equal(run(now + 3_600_000, 24), 0, "nothing after now");
    db.close();
  });
});

describe("saved query validation", () => {
  test("an undeclared $$variable$$, a duplicate name and a bad api are reported with JSON paths", () => {
    const message = problems(
      withQueries((raw) => {
        raw.tenants[0]!["savedQueries"] = [
          { ...TENANT_QUERY, variables: [] },
          { ...TENANT_QUERY, name: IOC_HUNTER_QUERY },
        ];
      }),
    );
    assert.match(
      message,
      /estate\.json: tenants\[0\]\.savedQueries\[0\]\.template: uses \$\$port\$\$, which "variables" does not declare/,
    );
    assert.match(
      message,
      /tenants\[0\]\.savedQueries\[1\]\.name: a second XDR query named "IOC Hunter" \(first in savedQueries\[1\]\)/,
    );
    assert.match(
      problems(withQueries((raw) => (raw.tenants[1]!["savedQueries"] = [{ ...TENANT_QUERY, api: "edr" }]))),
      /tenants\[1\]\.savedQueries\[0\]\.api: expected "ld" \(Live Discover\) or "xdr" \(Data Lake\)/,
    );
  });
});
