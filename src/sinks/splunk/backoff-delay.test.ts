import { strict as assert } from "node:assert";
import { test } from "node:test";
import { backoffDelay, parseRetryAfter } from "./backoff-delay.js";

const policy = { baseMs: 100, maxMs: 1000 };

test("back-off doubles per attempt within [step/2, step] and is capped", () => {
  assert.equal(
    backoffDelay(1, policy, undefined, () => 0),
    50,
  );
  assert.equal(
    backoffDelay(1, policy, undefined, () => 1),
    100,
  );
  assert.equal(
    backoffDelay(3, policy, undefined, () => 1),
    400,
  );
  assert.equal(
    backoffDelay(30, policy, undefined, () => 1),
    1000,
  );
  assert.equal(
    backoffDelay(30, policy, undefined, () => 0),
    500,
  );
});

test("a longer Retry-After wins over the computed delay, a shorter one does not", () => {
  assert.equal(
    backoffDelay(1, policy, 5000, () => 0),
    5000,
  );
  assert.equal(
    backoffDelay(3, policy, 10, () => 1),
    400,
  );
});

test("Retry-After is read as seconds or as an HTTP date", () => {
  assert.equal(parseRetryAfter("2"), 2000);
  assert.equal(parseRetryAfter("Wed, 01 May 2024 10:00:05 GMT", Date.parse("2024-05-01T10:00:00Z")), 5000);
  assert.equal(parseRetryAfter("soon"), undefined);
  assert.equal(parseRetryAfter(undefined), undefined);
});
