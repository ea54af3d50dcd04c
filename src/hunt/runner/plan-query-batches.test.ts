import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Indicator } from "../indicator.js";
import { likePattern, planQueryBatches, sentKey } from "./plan-query-batches.js";

const ind = (type: Indicator["type"], value: string, match: Indicator["match"] = "exact"): Indicator => ({
  type,
  value,
  match,
  provenance: [{ source: "t", location: value }],
});

describe("planQueryBatches", () => {
  test("exact and wildcard indicators go to their own templates; CIDR ones are skipped", () => {
    const plan = planQueryBatches("xdr", [
      ind("ip", "203.0.113.1"),
      ind("filename", "evil_%.exe", "wildcard"),
      ind("ip", "10.0.0.0/8", "cidr"),
    ]);
    assert.deepEqual(
      plan.batches.map((b) => b.match),
      ["exact", "wildcard"],
    );
    assert.match(plan.batches[0]!.template, /= ioc\.indicator/);
    assert.match(plan.batches[1]!.template, /LIKE (?:lower\()?ioc\.indicator\)? ESCAPE/);
    assert.deepEqual(
      plan.skipped.map((i) => i.value),
      ["10.0.0.0/8"],
    );
  });

  test("a wildcard's '_' and '\\' are escaped and the hit traces back to the original indicator", () => {
    assert.equal(likePattern("C:\\a_b%"), "C:\\\\a\\_b%");
    const original = ind("pathname", "C:\\x_y%", "wildcard");
    const [batch] = planQueryBatches("ld", [original]).batches;
    assert.equal(batch!.sent.get(sentKey("pathname", likePattern(original.value))), original);
  });

  test("a quote in a value is doubled for the SQL literal, and big lists split under the byte limit", () => {
    const many = Array.from({ length: 200 }, (_, i) => ind("filename", `o'brien-${i}.exe`));
    const plan = planQueryBatches("xdr", many, 1000);
    assert.ok(plan.batches.length > 5);
    for (const b of plan.batches) {
      assert.ok(Buffer.byteLength(b.variable.value) <= 1000);
      assert.match(b.variable.value, /o''brien/);
    }
    assert.equal(
      plan.batches.reduce((n, b) => n + b.sent.size, 0),
      200,
    );
  });
});
