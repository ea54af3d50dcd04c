import assert from "node:assert/strict";
import { test } from "node:test";
import { UsageError } from "../../cli-error.js";
import { parseRate } from "./parse-rate.js";

test("--rate accepts N/min, a bare N and 0", () => {
  assert.equal(parseRate("30/min"), 30);
  assert.equal(parseRate("12"), 12);
  assert.equal(parseRate("0"), 0);
  assert.equal(parseRate("1.5 / MIN"), 1.5);
});

test("--rate refuses other units and garbage, naming the flag", () => {
  for (const bad of ["30/s", "fast", "-1", ""]) assert.throws(() => parseRate(bad), UsageError, bad);
});
