import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Alert } from "../../central/types.js";
import { toAlertRow } from "./alert-row.js";

const TENANT = { id: "t-1", name: "Acme Corp" };

// The hand-written spec example (reference §6.1).
const EXAMPLE: Alert = {
  id: "a5ded91c-6575-435c-a6b4-64b94f9048ff",
  allowedActions: ["acknowledge"],
  category: "updating",
  description: "John-PC is out of date.",
  groupKey: "MSxFdmVudDo6RW5kcG9pbnQ6Ok91dE9mRGF0ZSw1MTMs",
  managedAgent: { id: "bb90527d", type: "computer" },
  person: { id: "17dd896f" },
  product: "endpoint",
  raisedAt: "2021-02-12T15:04:53.780Z",
  severity: "medium",
  tenant: { id: "79067fa3" },
  type: "Event::Endpoint::OutOfDate",
};

describe("toAlertRow", () => {
  test("keeps the shown fields, names the tenant it was listed for, and drops the rest", () => {
    const row = toAlertRow(EXAMPLE, TENANT);
    assert.deepEqual(row, {
      id: EXAMPLE.id,
      raisedAt: "2021-02-12T15:04:53.780Z",
      raisedAtMs: Date.parse("2021-02-12T15:04:53.780Z"),
      severity: "medium",
      tenantId: "t-1",
      tenantName: "Acme Corp",
      category: "updating",
      type: "Event::Endpoint::OutOfDate",
      description: "John-PC is out of date.",
      product: "endpoint",
      agent: { id: "bb90527d", type: "computer" },
      allowedActions: ["acknowledge"],
    });
  });

  test("a raisedAt without a zone (2026-01 spec example) is read as UTC", () => {
    const row = toAlertRow({ ...EXAMPLE, raisedAt: "2021-02-12T15:04:53.780" }, TENANT);
    assert.equal(row.raisedAtMs, Date.parse("2021-02-12T15:04:53.780Z"));
  });

  test("missing or malformed fields become empty values instead of failing; severity is lower-cased", () => {
    const odd = {
      id: "x",
      severity: "HIGH",
      raisedAt: "yesterday",
      managedAgent: "not an object",
      allowedActions: "acknowledge",
      tenant: { id: "t-1" },
    } as unknown as Alert;
    const row = toAlertRow(odd, TENANT);
    assert.equal(row.severity, "high");
    assert.equal(row.raisedAtMs, 0);
    assert.equal(row.description, "");
    assert.equal(row.agent, undefined);
    assert.deepEqual(row.allowedActions, []);
  });
});
