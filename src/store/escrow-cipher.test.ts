import { strict as assert } from "node:assert";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { escrowKeyId, seal, unseal } from "./escrow-cipher.js";
import { StoreError } from "./store-error.js";

const key = randomBytes(32);

test("a sealed value opens again with the same key and AAD", () => {
  const box = seal(key, "Tamper-Pass-123", "t1/e1");
  assert.equal(unseal(key, box, "t1/e1", "record 1"), "Tamper-Pass-123");
  assert.equal(box.iv.length, 12);
  assert.equal(box.tag.length, 16);
  assert.equal(box.keyId, escrowKeyId(key));
});

test("the ciphertext does not contain the plaintext and every seal uses a fresh IV", () => {
  const first = seal(key, "Tamper-Pass-123", "aad");
  const second = seal(key, "Tamper-Pass-123", "aad");
  assert.equal(first.ciphertext.includes(Buffer.from("Tamper-Pass-123")), false);
  assert.notDeepEqual(first.iv, second.iv);
  assert.notDeepEqual(first.ciphertext, second.ciphertext);
});

test("a wrong key is reported as a wrong key, naming both fingerprints and not the value", () => {
  const box = seal(key, "Tamper-Pass-123", "aad");
  const other = randomBytes(32);
  assert.throws(
    () => unseal(other, box, "aad", "Escrow record 7"),
    (error: unknown) =>
      error instanceof StoreError &&
      error.message.includes("Escrow record 7") &&
      error.message.includes(escrowKeyId(key)) &&
      error.message.includes(escrowKeyId(other)) &&
      error.message.includes("CENTRALCTL_ESCROW_KEY") &&
      !error.message.includes("Tamper-Pass-123"),
  );
});

test("a modified ciphertext or a different AAD fails the integrity check", () => {
  const box = seal(key, "Tamper-Pass-123", "t1/e1");
  assert.throws(() => unseal(key, box, "t1/e2", "r"), /integrity check/);
  const flipped = Buffer.from(box.ciphertext);
  flipped[0] = (flipped[0] ?? 0) ^ 1;
  assert.throws(() => unseal(key, { ...box, ciphertext: flipped }, "t1/e1", "r"), /integrity check/);
});

test("keys that are not 32 bytes are refused", () => {
  assert.throws(() => seal(randomBytes(16), "x", "aad"), /must be 32 bytes/);
});
