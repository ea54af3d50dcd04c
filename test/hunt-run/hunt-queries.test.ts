// `centralctl hunt queries` lists each tenant's catalogue from the API plus our built-in templates;
// `hunt run --query NAME` resolves the name per tenant, and a tenant without it fails alone.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { buildIocTemplate } from "../../src/hunt/templates/build-ioc-template.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { startHuntSim, type HuntSim } from "./helpers/hunt-sim.js";

let h: HuntSim;
let workspace: string;
const TENANT_ONLY = "Planted md5 sweep";

before(async () => {
  h = await startHuntSim({ tenants: 2 });
  workspace = tempWorkspace();
  // A custom saved query that only the first tenant has.
  const first = h.sim.estate.tenants.find((t) => t.id === h.tenants[0]!.id)!;
  first.savedQueries = [
    {
      id: "6f1c9a52-6a0e-4c38-9a54-2b7d0c1e5f10",
      api: "xdr",
      name: TENANT_ONLY,
      description: "The planted md5, exactly.",
      template: buildIocTemplate("xdr", "exact"),
      variables: [{ name: "IOC_JSON", dataType: "text" }],
      category: "Tenant sweeps",
    },
  ];
});
after(() => h.close());

const run = (args: string[]) => runAgainstSim(h.sim, args, { workspace });

interface QueryRow {
  source: string;
  tenantId: string;
  api: string;
  name: string;
  type: string;
  categories: Array<{ id: string; name: string }>;
  template?: string;
}

describe("hunt queries", () => {
  test("lists every tenant's saved queries with their category names, then the built-ins", async () => {
    const result = await run(["hunt", "--api", "xdr", "-o", "json", "queries"]);
    assert.equal(result.code, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as QueryRow[];
    for (const tenant of h.tenants) {
      const own = rows.filter((r) => r.source === "tenant" && r.tenantId === tenant.id);
      assert.ok(own.some((r) => r.type === "canned" && r.name === "IOC hunt (exact)"));
      assert.ok(own.every((r) => r.api === "xdr" && r.categories.every((c) => c.name !== "")));
    }
    const first = rows.filter((r) => r.tenantId === h.tenants[0]!.id).map((r) => r.name);
    const second = rows.filter((r) => r.tenantId === h.tenants[1]!.id).map((r) => r.name);
    assert.ok(first.includes(TENANT_ONLY) && !second.includes(TENANT_ONLY));
    const custom = rows.find((r) => r.name === TENANT_ONLY)!;
    assert.deepEqual(
      custom.categories.map((c) => c.name),
      ["Tenant sweeps"],
    );
    const builtin = rows.filter((r) => r.source === "builtin");
    assert.deepEqual(
      builtin.map((r) => [r.type, r.name]),
      [
        ["builtin", "IOC hunt (exact)"],
        ["builtin", "IOC hunt (wildcard)"],
      ],
    );
    assert.ok(builtin.every((r) => r.template?.includes("$$IOC_JSON$$")));
  });

  test("a table marks the built-ins and --tenant limits the catalogues read", async () => {
    const result = await run(["hunt", "--api", "ld", "--tenant", h.tenants[1]!.id, "queries"]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /\(built-in\)/);
    assert.match(result.stdout, new RegExp(h.tenants[1]!.name));
    assert.doesNotMatch(result.stdout, new RegExp(`${h.tenants[0]!.name}\\b`));
  });
});

describe("hunt run --query", () => {
  test("a name missing in one tenant fails that tenant with close names; the other runs (exit 3)", async () => {
    const iocs = JSON.stringify({
      ioc_data: [{ indicator_type: "md5", data: h.planted.find((p) => p.type === "md5")!.value }],
    });
    const result = await run([
      "hunt",
      "--api",
      "xdr",
      "-o",
      "json",
      "run",
      "--query",
      TENANT_ONLY,
      "--var",
      `IOC_JSON=${iocs}`,
    ]);
    assert.equal(result.code, 3, result.stderr);
    const rows = JSON.parse(result.stdout) as Array<{ tenantId: string }>;
    const expected = h.planted
      .find((p) => p.type === "md5")!
      .endpoints.filter((e) => e.tenantId === h.tenants[0]!.id);
    assert.equal(rows.length, expected.length);
    assert.ok(rows.every((r) => r.tenantId === h.tenants[0]!.id));
    assert.match(result.stderr, new RegExp(`failed for ${h.tenants[1]!.name}`));
    assert.match(result.stderr, /no XDR saved query named exactly "Planted md5 sweep"/);
  });

  test("a near miss lists the close names", async () => {
    const result = await run([
      "hunt",
      "--api",
      "xdr",
      "run",
      "--query",
      "IOC hunt exact",
      "--var",
      "IOC_JSON={}",
    ]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /close names: "IOC hunt \(exact\)"/);
  });
});
