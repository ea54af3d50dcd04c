import assert from "node:assert/strict";
import { test } from "node:test";
import { planSiteCleanUp, type TenantSite } from "./plan-site-clean-up.js";
import { selectedRiskLevels } from "./risk-selection.js";
import type { UrlReputation } from "./url-reputation.js";

const tenant = { id: "t1", name: "Acme" };
const site = (url: string): TenantSite => ({ tenant, site: { id: url, url } });
const sites = ["h", "m", "l", "t", "u", "e", "missing"].map(site);
const reputations = new Map<string, UrlReputation | Error>([
  ["h", { risk: "HIGH" }],
  ["m", { risk: "MEDIUM" }],
  ["l", { risk: "LOW" }],
  ["t", { risk: "TRUSTED" }],
  ["u", { risk: "UNCLASSIFIED" }],
  ["e", new Error("HTTP 500")],
]);
const deleted = (risk: string): string[] =>
  planSiteCleanUp(sites, reputations, selectedRiskLevels(risk))
    .filter((verdict) => verdict.action === "delete")
    .map((verdict) => verdict.url);

test("each --risk selects exactly its levels", () => {
  assert.deepEqual(deleted("high"), ["h"]);
  assert.deepEqual(deleted("high_medium"), ["h", "m"]);
  assert.deepEqual(deleted("medium"), ["m"]);
  assert.deepEqual(deleted("low"), ["l"]);
});

test("--risk all never selects unclassified sites, failed lookups or sites not looked up", () => {
  assert.deepEqual(deleted("all"), ["h", "m", "l", "t"]);
  const failed = planSiteCleanUp(sites, reputations, selectedRiskLevels("all")).find((v) => v.url === "e");
  assert.match(failed?.reason ?? "", /lookup failed/);
});

test("an unknown --risk is a usage error naming the choices", () => {
  assert.throws(() => selectedRiskLevels("critical"), /high, high_medium, medium, low, all/);
});
