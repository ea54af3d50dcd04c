import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { circuitBreaker } from "./circuit-breaker.js";
import { estatePlan, planPolicy } from "./internal/plan-fixtures.js";

describe("circuitBreaker", () => {
  const plan = estatePlan(4);

  test("passes when every tenant's deletions stay within maxDeleteShare", () => {
    const result = circuitBreaker(plan, new Map([["t-acme", 100]]), planPolicy());
    assert.equal(result.tripped, false);
    assert.deepEqual(result.exceeded, []);
    assert.equal(result.tenants[0]?.share, 0.04);
    assert.equal(
      result.tenants[0]?.message,
      "tenant t-acme: 4 of 100 devices (4.0%) would be deleted (policy maxDeleteShare: 10.0%)",
    );
  });

  test("trips for a tenant over its share, with the numbers", () => {
    const result = circuitBreaker(plan, { "t-acme": 20 }, planPolicy());
    assert.equal(result.tripped, true);
    assert.deepEqual(
      result.exceeded.map((t) => [t.tenantId, t.deletes, t.estateSize, t.share, t.maxShare]),
      [["t-acme", 4, 20, 0.2, 0.1]],
    );
  });

  test("a share exactly at the limit passes", () => {
    assert.equal(circuitBreaker(plan, { "t-acme": 40 }, planPolicy()).tripped, false);
  });

  test("trips when a tenant's estate size is unknown", () => {
    const result = circuitBreaker(plan, {}, planPolicy());
    assert.equal(result.tripped, true);
    assert.match(result.exceeded[0]?.message ?? "", /estate size is unknown/);
  });

  test("trips when the plan holds more deletions than maxDeletesPerRun", () => {
    const result = circuitBreaker(plan, { "t-acme": 1000 }, planPolicy({ maxDeletesPerRun: 3 }));
    assert.deepEqual([result.tripped, result.overRunLimit, result.totalDeletes], [true, true, 4]);
  });
});
