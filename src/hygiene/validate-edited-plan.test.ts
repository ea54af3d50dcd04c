import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { estatePlan, reread } from "./internal/plan-fixtures.js";
import { NOW } from "./internal/test-fixtures.js";
import { validateEditedPlan } from "./validate-edited-plan.js";

const TENANTS = ["t-acme", "t-beta"];
const HOUR = 3_600_000;

describe("validateEditedPlan", () => {
  test("accepts an unedited plan", () => {
    const plan = estatePlan();
    const result = validateEditedPlan(plan, reread(plan), NOW + HOUR, TENANTS);
    assert.equal(result.ok, true);
    assert.equal(result.ok && result.plan.contentHash, plan.contentHash);
  });

  test("accepts a plan with decisions removed and recomputes hash and summary", () => {
    const plan = estatePlan();
    const edited = reread(plan);
    edited.decisions = edited.decisions.filter((d) => d.endpointId !== "ep-1" && d.endpointId !== "ep-b1");
    const result = validateEditedPlan(plan, edited, NOW + HOUR, TENANTS);
    assert.ok(result.ok);
    assert.equal(result.removed, 2);
    assert.equal(result.kept, plan.decisions.length - 2);
    assert.equal(result.plan.id, plan.id);
    assert.notEqual(result.plan.contentHash, plan.contentHash);
    assert.equal(result.plan.summary.totals.delete, 3);
  });

  test("refuses a changed action and names the decision", () => {
    const plan = estatePlan();
    const edited = reread(plan);
    const target = edited.decisions.findIndex((d) => d.endpointId === "ep-b1");
    (edited.decisions[target] as { action: string }).action = "delete";
    const result = validateEditedPlan(plan, edited, NOW + HOUR, TENANTS);
    assert.ok(!result.ok);
    assert.equal(result.refusal, "changed");
    assert.deepEqual(result.decision, {
      index: target,
      tenantId: "t-beta",
      endpointId: "ep-b1",
      hostname: "BETA-1",
    });
    assert.match(
      result.message,
      new RegExp(
        `decision ${target + 1} \\(BETA-1, endpoint ep-b1, tenant t-beta\\) was changed \\(action "keep" → "delete"\\)`,
      ),
    );
  });

  test("refuses a changed evidence field, naming its path", () => {
    const plan = estatePlan();
    const edited = reread(plan);
    (edited.decisions[0] as { evidence: { central: { lastSeenAt: string } } }).evidence.central.lastSeenAt =
      "2020-01-01T00:00:00.000Z";
    const result = validateEditedPlan(plan, edited, NOW + HOUR, TENANTS);
    assert.ok(!result.ok);
    assert.match(result.message, /evidence\.central\.lastSeenAt/);
  });

  test("refuses an added device", () => {
    const plan = estatePlan();
    const edited = reread(plan);
    edited.decisions.push({ ...reread(plan.decisions[0]!), endpointId: "ep-new" });
    const result = validateEditedPlan(plan, edited, NOW + HOUR, TENANTS);
    assert.ok(!result.ok);
    assert.equal(result.refusal, "added");
    assert.equal(result.decision?.endpointId, "ep-new");
  });

  test("refuses a duplicated decision", () => {
    const plan = estatePlan();
    const edited = reread(plan);
    edited.decisions.push(reread(plan.decisions[0]!));
    const result = validateEditedPlan(plan, edited, NOW + HOUR, TENANTS);
    assert.equal(!result.ok && result.refusal, "duplicate");
  });

  test("refuses an expired plan", () => {
    const plan = estatePlan();
    const result = validateEditedPlan(plan, reread(plan), NOW + 72 * HOUR, TENANTS);
    assert.ok(!result.ok);
    assert.equal(result.refusal, "expired");
    assert.match(result.message, /expired at 2024-06-04T00:00:00\.000Z/);
  });

  test("refuses a plan whose expiry was edited", () => {
    const plan = estatePlan();
    const edited = { ...reread(plan), expiresAt: "2099-01-01T00:00:00.000Z" };
    const result = validateEditedPlan(plan, edited, NOW + HOUR, TENANTS);
    assert.equal(!result.ok && result.refusal, "header_changed");
  });

  test("refuses a plan with a tenant the caller cannot manage", () => {
    const plan = estatePlan();
    const result = validateEditedPlan(plan, reread(plan), NOW + HOUR, ["t-acme"]);
    assert.ok(!result.ok);
    assert.equal(result.refusal, "tenant_not_allowed");
    assert.equal(result.decision?.tenantId, "t-beta");
  });

  test("refuses a plan the store does not know", () => {
    const plan = estatePlan();
    const result = validateEditedPlan(undefined, reread(plan), NOW + HOUR, TENANTS);
    assert.equal(!result.ok && result.refusal, "unknown_plan");
  });

  test("refuses a decision without its identity, naming the field", () => {
    const plan = estatePlan();
    const edited = reread(plan) as unknown as { decisions: Array<Record<string, unknown>> };
    delete edited.decisions[1]?.["endpointId"];
    const result = validateEditedPlan(plan, edited, NOW + HOUR, TENANTS);
    assert.ok(!result.ok);
    assert.equal(result.refusal, "malformed");
    assert.match(result.message, /decision 2 "endpointId" must be a non-empty string/);
    assert.equal(result.decision?.index, 1);
  });

  test("refuses a decision with a field removed", () => {
    const plan = estatePlan();
    const edited = reread(plan) as unknown as { decisions: Array<Record<string, unknown>> };
    delete edited.decisions[1]?.["action"];
    const result = validateEditedPlan(plan, edited, NOW + HOUR, TENANTS);
    assert.ok(!result.ok);
    assert.equal(result.refusal, "changed");
    assert.match(result.message, /field "action" removed/);
  });

  test("refuses a file whose header is not a plan's", () => {
    const plan = estatePlan();
    const result = validateEditedPlan(plan, { ...reread(plan), format: "other/1" }, NOW + HOUR, TENANTS);
    assert.ok(!result.ok);
    assert.equal(result.refusal, "malformed");
    assert.match(result.message, /"format"/);
  });
});
