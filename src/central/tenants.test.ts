import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { UnknownTenantError } from "./errors.js";
import { forEachTenant } from "./for-each-tenant.js";
import { selectTenants } from "./select-tenants.js";
import type { Tenant } from "./types.js";

const tenants: Tenant[] = [
  { id: "11111111-aaaa", name: "Acme Ltd", showAs: "Acme" },
  { id: "22222222-bbbb", name: "Globex" },
  { id: "33333333-cccc", name: "Initech" },
];

describe("selectTenants", () => {
  test("matches by id or exact name, ignoring case, in the order of the list", () => {
    const picked = selectTenants(tenants, ["initech", "11111111-AAAA", "Acme"]);
    assert.deepEqual(
      picked.map((t) => t.name),
      ["Acme Ltd", "Initech"],
    );
  });

  test("an unknown value fails the whole selection and lists every miss", () => {
    assert.throws(
      () => selectTenants(tenants, ["Globex", "Acme Lt", "nope"]),
      (e: unknown) =>
        e instanceof UnknownTenantError &&
        e.unmatched.join() === "Acme Lt,nope" &&
        /"Acme Ltd"/.test(e.message) &&
        /searched 3 tenants/.test(e.message),
    );
  });

  test("a partial name never matches (no silent widening)", () => {
    assert.throws(() => selectTenants(tenants, ["Acm"]), UnknownTenantError);
    assert.throws(() => selectTenants(tenants, [" "]), UnknownTenantError);
  });

  test("no values means no filter", () => {
    assert.equal(selectTenants(tenants, []).length, 3);
  });
});

describe("forEachTenant", () => {
  test("reports failing tenants and still finishes the others, in input order", async () => {
    const report = await forEachTenant(tenants, async (t) => {
      await new Promise((resolve) => setImmediate(resolve));
      if (t.name === "Globex") throw new Error("403 for Globex");
      return t.name.length;
    });
    assert.deepEqual(
      report.results.map((r) => [r.tenant.name, r.value]),
      [
        ["Acme Ltd", 8],
        ["Initech", 7],
      ],
    );
    assert.equal(report.failures.length, 1);
    assert.equal(report.failures[0]?.tenant.name, "Globex");
    assert.match(report.failures[0]?.error.message ?? "", /403/);
  });

  test("respects the concurrency limit", async () => {
    let running = 0;
    let peak = 0;
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, name: `T${i}` }));
    await forEachTenant(
      many,
      async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running -= 1;
      },
      { concurrency: 4 },
    );
    assert.equal(peak, 4);
  });

  test("wraps non-Error throws so failures always carry an Error", async () => {
    const report = await forEachTenant([tenants[0]!], () => Promise.reject("plain string"));
    assert.ok(report.failures[0]?.error instanceof Error);
  });
});
