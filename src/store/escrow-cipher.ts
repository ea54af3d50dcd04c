import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { StoreError } from "./store-error.js";

/** One AES-256-GCM sealed value: what the escrow table stores instead of a password. */
export interface SealedBox {
  /** 12 random bytes, fresh for every record (GCM must never reuse an IV under one key). */
  iv: Buffer;
  /** The 16-byte GCM authentication tag; decryption fails if ciphertext, AAD or key differ. */
  tag: Buffer;
  ciphertext: Buffer;
  /** Fingerprint of the key that sealed it, so a wrong key is named as such, not as corruption. */
  keyId: string;
}

const KEY_BYTES = 32;
const IV_BYTES = 12;

/** A short, non-reversible fingerprint of an escrow key (safe to store and to show). */
export function escrowKeyId(key: Buffer): string {
  return createHash("sha256").update("centralctl-escrow-key-id\0").update(key).digest("hex").slice(0, 16);
}

/**
 * Encrypt `plaintext` with AES-256-GCM under a 32-byte key. `aad` (additional authenticated data)
 * binds the box to its record, so a ciphertext copied onto another device's row will not open.
 */
export function seal(key: Buffer, plaintext: string, aad: string): SealedBox {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext, keyId: escrowKeyId(key) };
}

/** Decrypt a {@link SealedBox}; a wrong key, a changed AAD or a modified byte throws a {@link StoreError}. */
export function unseal(key: Buffer, box: SealedBox, aad: string, what: string): string {
  assertKey(key);
  const keyId = escrowKeyId(key);
  if (keyId !== box.keyId) {
    throw new StoreError(
      `${what} was encrypted with escrow key ${box.keyId}, but the key given is ${keyId}. ` +
        "Set CENTRALCTL_ESCROW_KEY (or CENTRALCTL_ESCROW_KEY_FILE) to the key used when it was stored.",
    );
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, box.iv);
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(box.tag);
    return Buffer.concat([decipher.update(box.ciphertext), decipher.final()]).toString("utf8");
  } catch (error) {
    throw new StoreError(
      `${what} failed its integrity check (the stored record was modified or copied from another ` +
        "device); it cannot be decrypted. Restore the state file from a backup.",
      { cause: error },
    );
  }
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) {
    throw new StoreError(`An escrow key must be ${KEY_BYTES} bytes; this one is ${key.length}.`);
  }
}
