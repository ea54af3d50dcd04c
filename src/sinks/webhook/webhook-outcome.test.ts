import { strict as assert } from "node:assert";
import { test } from "node:test";
import { webhookOutcome } from "./webhook-outcome.js";

const url = "https://soar.example/hook";
const answer = (status: number, text = "", retryAfterMs?: number) => ({ status, text, retryAfterMs });

test("2xx is delivered; 5xx, 408 and 429 are retried with the server's Retry-After", () => {
  assert.deepEqual(webhookOutcome(url, answer(201), 1), { kind: "delivered" });
  assert.deepEqual(webhookOutcome(url, answer(429, "slow down", 3000), 1), {
    kind: "retry",
    reason: "HTTP 429: slow down",
    retryAfterMs: 3000,
  });
  assert.equal(webhookOutcome(url, answer(500), 1).kind, "retry");
  assert.equal(webhookOutcome(url, answer(408), 1).kind, "retry");
});

test("payload errors set the batch aside; auth and URL errors stop the sink", () => {
  assert.equal(webhookOutcome(url, answer(422), 3).kind, "reject");
  const unauthorised = webhookOutcome(url, answer(401, '{"password":"hunter2"}'), 1);
  assert.equal(unauthorised.kind, "fatal");
  if (unauthorised.kind === "fatal") {
    assert.match(
      unauthorised.error.message,
      /^webhook https:\/\/soar\.example\/hook refused the records \(HTTP 401/,
    );
    assert.ok(!unauthorised.error.message.includes("hunter2"), "echoed secrets are redacted");
  }
  const missing = webhookOutcome(url, answer(404), 1);
  assert.ok(missing.kind === "fatal" && /check the webhook URL/.test(missing.error.message));
});
