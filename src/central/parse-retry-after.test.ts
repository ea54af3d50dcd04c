import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { parseRetryAfter } from "./parse-retry-after.js";

describe("parseRetryAfter", () => {
  test("reads integer and fractional seconds as milliseconds", () => {
    assert.equal(parseRetryAfter("3"), 3000);
    assert.equal(parseRetryAfter(" 0 "), 0);
    assert.equal(parseRetryAfter("1.5"), 1500);
  });

  test("reads an HTTP date relative to now and never returns a negative wait", () => {
    const now = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");
    assert.equal(parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now), 30_000);
    assert.equal(parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now), 0);
  });

  test("uses the first value when the header is repeated", () => {
    assert.equal(parseRetryAfter(["2", "9"]), 2000);
  });

  test("returns undefined for absent or unreadable values so back-off takes over", () => {
    assert.equal(parseRetryAfter(undefined), undefined);
    assert.equal(parseRetryAfter(""), undefined);
    assert.equal(parseRetryAfter("-1"), undefined);
    assert.equal(parseRetryAfter("soon"), undefined);
    assert.equal(parseRetryAfter("1 2"), undefined);
  });
});
