import { strict as assert } from "node:assert";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";
import { buildPlan } from "./build-plan.js";
import { canonicalJson } from "./canonical-json.js";
import { estateDecisions, estatePlan, planPolicy } from "./internal/plan-fixtures.js";
import { NOW } from "./internal/test-fixtures.js";

/** The same value with every object's keys inserted in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe("canonicalJson", () => {
  test("keeps a parsed __proto__ key as data and honours toJSON", () => {
    assert.equal(canonicalJson(JSON.parse('{"b":1,"__proto__":{"x":1}}')), '{"__proto__":{"x":1},"b":1}');
    assert.equal(canonicalJson({ when: new Date(0) }), '{"when":"1970-01-01T00:00:00.000Z"}');
  });

  test("sorts keys at every level and drops undefined members", () => {
    assert.equal(
      canonicalJson({ b: 1, a: [2, { d: 3, c: undefined, e: "x" }] }),
      '{"a":[2,{"d":3,"e":"x"}],"b":1}',
    );
  });
});

describe("buildPlan", () => {
  test("dates the plan and expires it after planTtlHours", () => {
    const plan = estatePlan();
    assert.equal(plan.createdAt, "2024-06-01T00:00:00.000Z");
    assert.equal(plan.expiresAt, "2024-06-04T00:00:00.000Z");
    assert.match(plan.id, /^plan-20240601T000000Z-[0-9a-f]{12}$/);
    assert.equal(plan.id.slice(-12), plan.contentHash.slice(0, 12));
  });

  test("the content hash is the sha256 of the canonical JSON of the decisions", () => {
    const plan = estatePlan();
    const expected = createHash("sha256").update(canonicalJson(plan.decisions)).digest("hex");
    assert.equal(plan.contentHash, expected);
  });

  test("the hash does not depend on input order or key order", () => {
    const policy = planPolicy();
    const decisions = estateDecisions();
    const shuffled = [...decisions].reverse().map((d) => reverseKeys(d) as typeof d);
    assert.equal(buildPlan(shuffled, policy, NOW).contentHash, buildPlan(decisions, policy, NOW).contentHash);
  });

  test("the hash changes when one decision changes", () => {
    const policy = planPolicy();
    const decisions = estateDecisions();
    const changed = decisions.map((d, i) => (i === 0 ? { ...d, action: "keep" as const } : d));
    assert.notEqual(
      buildPlan(changed, policy, NOW).contentHash,
      buildPlan(decisions, policy, NOW).contentHash,
    );
  });

  test("summarises actions per tenant and in total", () => {
    const plan = estatePlan();
    assert.deepEqual(plan.summary.totals, { skip: 0, review: 0, keep: 2, delete: 4 });
    assert.deepEqual({ ...plan.summary.tenants["t-acme"] }, { skip: 0, review: 0, keep: 0, delete: 4 });
    assert.deepEqual({ ...plan.summary.tenants["t-beta"] }, { skip: 0, review: 0, keep: 2, delete: 0 });
  });

  test("caps deletions at maxDeletesPerRun, keeping the longest-inactive and deferring the rest", () => {
    const policy = planPolicy({ maxDeletesPerRun: 2 });
    const plan = buildPlan(estateDecisions(4, policy), policy, NOW);
    const byId = new Map(plan.decisions.map((d) => [d.endpointId, d]));
    assert.deepEqual(
      ["ep-0", "ep-1", "ep-2", "ep-3"].map((id) => byId.get(id)?.action),
      ["keep", "keep", "delete", "delete"],
    );
    assert.deepEqual(byId.get("ep-0")?.reasons, ["deferred_by_run_limit", "retired_in_directory"]);
    assert.match(
      byId.get("ep-0")?.sentence ?? "",
      /; over the run limit \(policy maxDeletesPerRun: 2\), deferred to a later run → keep$/,
    );
  });
});
