import { test } from "node:test";
import assert from "node:assert/strict";
import type { HuntHit } from "./hunt-types.js";
import { mergeHits } from "./merge-hits.js";
import { pollDelay } from "./poll-delay.js";

const hit = (api: string, when: string, endpointId = "e1"): HuntHit => ({
  tenantId: "t",
  tenantName: "T",
  endpointId,
  hostname: "H",
  indicatorType: "md5",
  indicator: "abc",
  matchedColumn: "md5",
  where: "abc",
  when,
  api,
  count: 1,
});

test("hits of the same endpoint and indicator merge across APIs, keeping the earliest time", () => {
  const merged = mergeHits([
    hit("xdr", "2024-01-02"),
    hit("ld", "2024-01-01"),
    hit("xdr", "2024-01-03", "e2"),
  ]);
  assert.equal(merged.length, 2);
  const first = merged.find((h) => h.endpointId === "e1")!;
  assert.deepEqual([first.api, first.when, first.count], ["ld+xdr", "2024-01-01", 2]);
});

test("status polls back off from the first wait up to the cap", () => {
  const policy = { initialMs: 100, factor: 2, maxMs: 500 };
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((n) => pollDelay(n, policy)),
    [100, 200, 400, 500, 500],
  );
});
