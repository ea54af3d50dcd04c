import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { openStore } from "../store/index.js";
import { fromPlanRecord, toPlanRecord } from "./apply/stored-plan.js";
import { buildPlan } from "./build-plan.js";
import { estateDecisions, planPolicy, reread } from "./internal/plan-fixtures.js";
import { NOW } from "./internal/test-fixtures.js";
import { planTenantNames } from "./plan-tenant-names.js";
import { validateEditedPlan } from "./validate-edited-plan.js";

const NAMES = new Map([
  ["t-acme", "Acme Corp"],
  ["t-beta", "Beta <Holdings>"],
  ["t-gone", "A tenant without decisions"],
]);
const HOUR = 3_600_000;

describe("tenant names in plans", () => {
  test("a plan keeps the names of its tenants without changing its hash or id", () => {
    const policy = planPolicy();
    const named = buildPlan(estateDecisions(), policy, NOW, NAMES);
    const plain = buildPlan(estateDecisions(), policy, NOW);
    assert.equal(named.contentHash, plain.contentHash);
    assert.equal(named.id, plain.id);
    assert.deepEqual(
      { ...named.summary.tenantNames },
      { "t-acme": "Acme Corp", "t-beta": "Beta <Holdings>" },
    );
    assert.equal(plain.summary.tenantNames, undefined, "no names given, none invented");
  });

  test("names survive the store round trip, and a plan stored before names were kept still loads", async () => {
    const store = openStore(":memory:");
    try {
      const policy = planPolicy();
      const named = buildPlan(estateDecisions(), policy, NOW, NAMES);
      await store.plans.save(toPlanRecord({ plan: named, policy, estateSizes: {} }));
      const back = fromPlanRecord(await store.plans.get(named.id));
      assert.equal(planTenantNames(back?.plan.summary).get("t-beta"), "Beta <Holdings>");

      // The summary exactly as the previous release wrote it: counts only.
      const old = buildPlan(estateDecisions(2), policy, NOW - HOUR);
      const record = toPlanRecord({ plan: old, policy, estateSizes: {} });
      await store.plans.save(reread(record));
      const oldBack = fromPlanRecord(await store.plans.get(old.id));
      assert.ok(oldBack, "an old plan no longer loads");
      assert.equal(oldBack.plan.contentHash, old.contentHash);
      assert.equal(planTenantNames(oldBack.plan.summary).size, 0);
    } finally {
      store.close();
    }
  });

  test("an edited plan keeps the stored names of the tenants it still has, whatever the file says", () => {
    const plan = buildPlan(estateDecisions(), planPolicy(), NOW, NAMES);
    const edited = reread(plan);
    edited.decisions = edited.decisions.filter((d) => d.tenantId !== "t-beta");
    // The names are not hashed, so a renamed tenant in the file must not reach the accepted plan.
    (edited.summary.tenantNames as Record<string, string>)["t-acme"] = "Renamed in the file";
    const result = validateEditedPlan(plan, edited, NOW + HOUR, ["t-acme", "t-beta"]);
    assert.ok(result.ok, result.ok ? "" : result.message);
    assert.deepEqual({ ...result.plan.summary.tenantNames }, { "t-acme": "Acme Corp" });
  });

  test("an edited file from before names were kept is still accepted", () => {
    const plan = buildPlan(estateDecisions(), planPolicy(), NOW);
    const result = validateEditedPlan(plan, reread(plan), NOW + HOUR, ["t-acme", "t-beta"]);
    assert.ok(result.ok);
    assert.equal(result.plan.summary.tenantNames, undefined);
  });

  test("malformed names are skipped one by one, never failing the plan", () => {
    assert.equal(planTenantNames(undefined).size, 0);
    assert.equal(planTenantNames({ totals: {} }).size, 0);
    assert.equal(planTenantNames({ tenantNames: ["Acme"] }).size, 0);
    const names = planTenantNames({ tenantNames: { a: "Acme", b: 7, c: "", d: null } });
    assert.deepEqual([...names], [["a", "Acme"]]);
  });
});
