import { strict as assert } from "node:assert";
import { createHmac } from "node:crypto";
import { test } from "node:test";
import { signWebhookBody, verifyWebhookSignature } from "./webhook-signature.js";

const secret = "whsec-abc123";
const body = '{"title":"hit"}';

test("the signature is an HMAC-SHA256 over '<timestamp>.<body>' a receiver can recompute", () => {
  const expected = createHmac("sha256", secret).update(`1714557600.${body}`).digest("hex");
  assert.equal(signWebhookBody(secret, body, 1714557600), `sha256=${expected}`);
});

test("verification accepts a fresh signature and rejects tampering, stale timestamps and garbage", () => {
  const now = 1714557600;
  const signature = signWebhookBody(secret, body, now);
  const ok = { body, timestamp: String(now), signature };
  assert.equal(verifyWebhookSignature(secret, ok, { nowSeconds: now + 10 }), true);
  assert.equal(
    verifyWebhookSignature(secret, { ...ok, timestamp: String(now + 1) }, { nowSeconds: now }),
    false,
  );
  assert.equal(verifyWebhookSignature(secret, ok, { nowSeconds: now + 301 }), false);
  assert.equal(verifyWebhookSignature(secret, { ...ok, signature: "sha256=00" }, { nowSeconds: now }), false);
  assert.equal(verifyWebhookSignature(secret, { ...ok, signature: undefined }, { nowSeconds: now }), false);
});

test("a body given as bytes gets the same signature as the same body as text", () => {
  assert.equal(signWebhookBody(secret, Buffer.from(body), 7), signWebhookBody(secret, body, 7));
});
