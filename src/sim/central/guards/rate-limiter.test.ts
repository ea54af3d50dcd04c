import { strict as assert } from "node:assert";
import { test } from "node:test";
import { RateLimiter } from "./rate-limiter.js";

test("a bucket allows a burst of `rate`, then asks to wait whole seconds, then refills", () => {
  const limiter = new RateLimiter(2);
  assert.equal(limiter.take("a", 0), 0);
  assert.equal(limiter.take("a", 0), 0);
  assert.equal(limiter.take("a", 0), 1);
  assert.equal(limiter.take("b", 0), 0, "keys are independent");
  assert.equal(limiter.take("a", 500), 0, "half a second refills one request at 2/s");
});

test("slow limits ask for longer waits; no limit never limits", () => {
  const slow = new RateLimiter(0.25);
  assert.equal(slow.take("a", 0), 0);
  assert.equal(slow.take("a", 0), 4);
  const none = new RateLimiter(undefined);
  for (let i = 0; i < 100; i++) assert.equal(none.take("a", 0), 0);
});
