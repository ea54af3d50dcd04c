import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { selectHitTenants } from "./select-hit-tenants.js";

const tenants = [
  { tenantId: "0a1b-ACME", tenantName: "Acme Ltd" },
  { tenantId: "9f8e-BETA", tenantName: "Beta GmbH" },
  { tenantId: "7c6d-TWIN", tenantName: "Acme Ltd" },
];

describe("selectHitTenants", () => {
  test("matches ids and names case-insensitively, each tenant once, in the order asked", () => {
    assert.deepEqual(selectHitTenants(["beta gmbh", "0a1b-acme", "9F8E-BETA"], tenants), {
      tenantIds: ["9f8e-BETA", "0a1b-ACME"],
      unmatched: [],
    });
  });

  test("a name two tenants share selects both", () => {
    assert.deepEqual(selectHitTenants(["ACME LTD"], tenants).tenantIds, ["0a1b-ACME", "7c6d-TWIN"]);
  });

  test("values matching no tenant with hits are reported, not dropped silently", () => {
    assert.deepEqual(selectHitTenants(["Gamma", "Beta GmbH"], tenants), {
      tenantIds: ["9f8e-BETA"],
      unmatched: ["Gamma"],
    });
  });

  test("a part of a name is not a match: --tenant names one tenant", () => {
    assert.deepEqual(selectHitTenants(["Acme"], tenants).unmatched, ["Acme"]);
  });
});
