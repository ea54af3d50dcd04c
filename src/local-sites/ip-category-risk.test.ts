import assert from "node:assert/strict";
import { test } from "node:test";
import { ipCategoryRisk } from "./ip-category-risk.js";

test("IP categories map to the reference connector's risk levels, the highest one winning", () => {
  assert.equal(ipCategoryRisk(["malware"]), "HIGH");
  assert.equal(ipCategoryRisk(["bulk_mta_grey"]), "MEDIUM");
  assert.equal(ipCategoryRisk(["isp_mta"]), "LOW");
  assert.equal(ipCategoryRisk(["clean_mta"]), "TRUSTED");
  assert.equal(ipCategoryRisk(["clean_mta", "BOTNET"]), "HIGH");
});

test("no category, unclassified and unknown categories are unclassified", () => {
  assert.equal(ipCategoryRisk([]), "UNCLASSIFIED");
  assert.equal(ipCategoryRisk(["unclassified"]), "UNCLASSIFIED");
  assert.equal(ipCategoryRisk(["something_new"]), "UNCLASSIFIED");
});
