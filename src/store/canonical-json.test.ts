import { strict as assert } from "node:assert";
import { test } from "node:test";
import { canonicalJson } from "./canonical-json.js";

test("canonicalJson sorts keys at every depth so key order never changes the text", () => {
  const a = canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] });
  const b = canonicalJson({ a: [2, { c: 4, d: 3 }], b: 1 });
  assert.equal(a, '{"a":[2,{"c":4,"d":3}],"b":1}');
  assert.equal(a, b);
});

test("canonicalJson drops undefined members like JSON.stringify does", () => {
  assert.equal(canonicalJson({ a: undefined, b: null, c: [undefined] }), '{"b":null,"c":[null]}');
});

test("canonicalJson serialises dates through toJSON", () => {
  assert.equal(canonicalJson({ at: new Date(0) }), '{"at":"1970-01-01T00:00:00.000Z"}');
});
