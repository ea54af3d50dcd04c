import assert from "node:assert/strict";
import { test } from "node:test";
import type { LookupOutcome } from "./look-up-reputations.js";
import { planSiteCleanUp, siteKey, type TenantSite } from "./plan-site-clean-up.js";
import { parseRiskChoice, riskLevelsFor } from "./risk-selection.js";
import type { RiskLevel, SiteReputation } from "./site-reputation.js";

const tenant = { id: "t1", name: "Acme" };
const site = (url: string): TenantSite => ({ tenant, site: { id: `id-${url}`, url } });
const sites = [
  "h.example",
  "m.example",
  "l.example",
  "t.example",
  "u.example",
  "e.example",
  "missing.example",
].map(site);
const url = (risk: RiskLevel): SiteReputation => ({ risk, lookup: "url", categories: [] });
const reputations = new Map<string, LookupOutcome>([
  ["url:h.example", url("HIGH")],
  ["url:m.example", url("MEDIUM")],
  ["url:l.example", url("LOW")],
  ["url:t.example", url("TRUSTED")],
  ["url:u.example", url("UNCLASSIFIED")],
  ["url:e.example", new Error("HTTP 500")],
]);
const selected = (choice: string) => riskLevelsFor(parseRiskChoice(choice)!);
const deleted = (choice: string, list = sites, known = reputations): string[] =>
  planSiteCleanUp(list, known, selected(choice))
    .filter((verdict) => verdict.action === "delete")
    .map((verdict) => verdict.url);

test("each --risk selects exactly its levels", () => {
  assert.deepEqual(deleted("high"), ["h.example"]);
  assert.deepEqual(deleted("high_medium"), ["h.example", "m.example"]);
  assert.deepEqual(deleted("medium"), ["m.example"]);
  assert.deepEqual(deleted("LOW"), ["l.example"]);
});

test("--risk all never selects unclassified sites, failed lookups or sites not looked up", () => {
  assert.deepEqual(deleted("all"), ["h.example", "m.example", "l.example", "t.example"]);
  const failed = planSiteCleanUp(sites, reputations, selected("all")).find((v) => v.url === "e.example");
  assert.match(failed?.reason ?? "", /lookup failed \(HTTP 500\)/);
  assert.equal(failed?.risk, "UNCLASSIFIED");
});

test("IP sites use their IP reputation; CIDR ranges and IP ranges are never selected", () => {
  const ipSites = ["203.0.113.9", "198.51.100.0/24", "10.0.0.1-10.0.0.9", "2001:db8::/32"].map(site);
  const known = new Map<string, LookupOutcome>([
    ["ip:203.0.113.9", { risk: "HIGH", lookup: "ip", categories: ["malware"] }],
  ]);
  assert.deepEqual(deleted("all", ipSites, known), ["203.0.113.9"]);
  const verdicts = planSiteCleanUp(ipSites, known, selected("all"));
  assert.deepEqual(
    verdicts.map((v) => [v.lookup, v.risk]),
    [
      ["ip", "HIGH"],
      ["none", "UNCLASSIFIED"],
      ["none", "UNCLASSIFIED"],
      ["none", "UNCLASSIFIED"],
    ],
  );
  assert.match(verdicts[1]!.reason, /CIDR range.*never deleted/);
});

test("a site an earlier run deleted is not selected again, even when still listed", () => {
  const earlier = new Map([[siteKey("t1", "ID-H.EXAMPLE"), 42]]);
  const verdict = planSiteCleanUp(sites, reputations, selected("high"), earlier)[0]!;
  assert.equal(verdict.action, "keep");
  assert.match(verdict.reason, /already deleted by an earlier run \(journal entry 42\)/);
});
