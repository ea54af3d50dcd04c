import assert from "node:assert/strict";
import { test } from "node:test";
import { anyFilterSet } from "../pages/filter-form.js";
import { huntHitFilterOf } from "./hunt-hit-filter.js";

test("hit filters are read trimmed from the query, missing ones meaning no filter", () => {
  const filter = huntHitFilterOf(new URLSearchParams("tenant=t-1&host=%20PC-&page=2"));
  assert.deepEqual(filter, { tenant: "t-1", host: "PC-", indicator: "" });
  assert.equal(anyFilterSet(filter), true);
  assert.equal(anyFilterSet(huntHitFilterOf(new URLSearchParams("page=3&indicator=%20%20"))), false);
});

test("an overlong filter value is cut rather than sent whole to the store", () => {
  const filter = huntHitFilterOf(new URLSearchParams({ indicator: "a".repeat(10_000) }));
  assert.equal(filter.indicator.length, 500);
});
