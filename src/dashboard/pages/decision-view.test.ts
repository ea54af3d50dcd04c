import assert from "node:assert/strict";
import { test } from "node:test";
import { decisionFilterOf, decisionMatcher, decisionViewOf } from "./decision-view.js";

const d = decisionViewOf({
  tenantId: "t-acme",
  endpointId: "ep-1",
  hostname: "Sales-Laptop-07",
  action: "review",
  reasons: ["vip_user", "server"],
  sentence: "why",
});

test("every filter must match: action, tenant, hostname part in any case, one of the reasons", () => {
  assert.ok(d);
  const match = (q: string) => decisionMatcher(decisionFilterOf(new URLSearchParams(q)))(d);
  assert.equal(match(""), true);
  assert.equal(match("action=review&tenant=t-acme&host=laptop&reason=server"), true);
  assert.equal(match("action=delete"), false);
  assert.equal(match("tenant=t-beta"), false);
  assert.equal(match("host=desktop"), false);
  assert.equal(match("reason=excluded"), false);
});

test("a stored value that is not a decision is refused rather than rendered half-empty", () => {
  assert.equal(decisionViewOf(null), undefined);
  assert.equal(decisionViewOf({ tenantId: "t", endpointId: "e", hostname: "h", action: "keep" }), undefined);
  assert.equal(
    decisionViewOf({ tenantId: "t", endpointId: "e", hostname: 7, action: "keep", reasons: [] }),
    undefined,
  );
});
