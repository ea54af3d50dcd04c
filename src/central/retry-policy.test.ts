import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { backoffDelay, decideRetry, defaultRetryPolicy, type FailedAttempt } from "./retry-policy.js";

const policy = defaultRetryPolicy;
const http = (status: number, extra: Partial<FailedAttempt> = {}): FailedAttempt => ({
  attempt: 1,
  kind: "http",
  status,
  requestSent: true,
  idempotent: true,
  ...extra,
});

describe("backoffDelay", () => {
  test("grows exponentially from the base and never exceeds the cap", () => {
    const top = () => 0.999999;
    assert.equal(backoffDelay(policy, 1, top), 249);
    assert.equal(backoffDelay(policy, 2, top), 499);
    assert.equal(backoffDelay(policy, 4, top), 1999);
    assert.equal(backoffDelay(policy, 30, top), 19_999);
  });

  test("full jitter spans zero to the ceiling", () => {
    assert.equal(
      backoffDelay(policy, 5, () => 0),
      0,
    );
    for (let i = 0; i < 200; i += 1) {
      const d = backoffDelay(policy, 3, Math.random);
      assert.ok(d >= 0 && d < 1000, `delay ${d} out of bounds`);
    }
  });
});

describe("decideRetry", () => {
  test("honours Retry-After on 429 with at most one base of jitter, even for writes", () => {
    const d = decideRetry(policy, http(429, { retryAfterMs: 3000, idempotent: false }), () => 0.5);
    assert.deepEqual(d, { retry: true, delayMs: 3125 });
  });

  test("backs off on 429 without Retry-After", () => {
    assert.deepEqual(
      decideRetry(policy, http(429, { attempt: 3 }), () => 0.5),
      { retry: true, delayMs: 500 },
    );
  });

  test("gives up on a Retry-After longer than the policy allows", () => {
    const d = decideRetry(policy, http(429, { retryAfterMs: 3_600_000 }));
    assert.equal(d.retry, false);
  });

  test("retries 5xx for reads and refuses for writes whose outcome is unknown", () => {
    assert.deepEqual(
      decideRetry(policy, http(503), () => 0.5),
      { retry: true, delayMs: 125 },
    );
    assert.equal(decideRetry(policy, http(500, { idempotent: false })).retry, false);
  });

  test("never retries other 4xx", () => {
    for (const status of [400, 401, 403, 404, 409, 422]) {
      assert.equal(decideRetry(policy, http(status)).retry, false, `status ${status}`);
    }
  });

  test("retries timeouts and resets only when idempotent", () => {
    const reset: FailedAttempt = { attempt: 1, kind: "connection", requestSent: true, idempotent: true };
    assert.equal(decideRetry(policy, reset).retry, true);
    assert.equal(decideRetry(policy, { ...reset, idempotent: false }).retry, false);
    const timeout: FailedAttempt = { attempt: 2, kind: "timeout", requestSent: true, idempotent: true };
    assert.equal(decideRetry(policy, timeout).retry, true);
    assert.equal(decideRetry(policy, { ...timeout, idempotent: false }).retry, false);
  });

  test("retries a refused connection even for a write, because nothing was sent", () => {
    const refused: FailedAttempt = { attempt: 1, kind: "connection", requestSent: false, idempotent: false };
    assert.equal(decideRetry(policy, refused).retry, true);
  });

  test("does not retry connection errors marked as permanent (DNS, TLS trust)", () => {
    const tls: FailedAttempt = {
      attempt: 1,
      kind: "connection",
      requestSent: false,
      idempotent: true,
      retryable: false,
    };
    assert.equal(decideRetry(policy, tls).retry, false);
  });

  test("stops at maxAttempts", () => {
    assert.equal(decideRetry(policy, http(503, { attempt: 7 })).retry, true);
    assert.equal(decideRetry(policy, http(503, { attempt: 8 })).retry, false);
    assert.equal(decideRetry({ ...policy, maxAttempts: 1 }, http(429, { retryAfterMs: 1 })).retry, false);
  });
});
