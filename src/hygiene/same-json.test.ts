import { strict as assert } from "node:assert";
import { describe, test } from "node:test";
import { canonicalJson } from "./canonical-json.js";
import { sameJson } from "./same-json.js";

describe("sameJson", () => {
  test("ignores key order and undefined members, like canonicalJson", () => {
    assert.equal(sameJson({ a: 1, b: [1, { c: "x" }], u: undefined }, { b: [1, { c: "x" }], a: 1 }), true);
    assert.equal(canonicalJson({ a: 1, u: undefined }), canonicalJson({ a: 1 }));
  });

  test("sees a changed, added or removed member", () => {
    assert.equal(sameJson({ a: 1 }, { a: 2 }), false);
    assert.equal(sameJson({ a: 1 }, { a: 1, b: 2 }), false);
    assert.equal(sameJson({ a: 1, b: 2 }, { a: 1 }), false);
    assert.equal(sameJson([1, 2], [2, 1]), false);
    assert.equal(sameJson({ a: [] }, { a: {} }), false);
    assert.equal(sameJson({ a: null }, { a: undefined }), false);
  });

  test("treats non-finite numbers as null, as JSON does", () => {
    assert.equal(sameJson({ a: Number.NaN }, { a: null }), true);
  });
});
