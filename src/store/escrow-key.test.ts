import { strict as assert } from "node:assert";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { loadEscrowKey, parseEscrowKey } from "./escrow-key.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-escrow-key-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const key = randomBytes(32);

test("parseEscrowKey accepts 64 hex digits and base64 of 32 bytes", () => {
  assert.deepEqual(parseEscrowKey(key.toString("hex"), "x"), key);
  assert.deepEqual(parseEscrowKey(` ${key.toString("base64")}\n`, "x"), key);
});

test("parseEscrowKey refuses a key of the wrong length, naming where it came from but not the value", () => {
  const short = randomBytes(16).toString("base64");
  assert.throws(
    () => parseEscrowKey(short, "CENTRALCTL_ESCROW_KEY"),
    (error: unknown) =>
      error instanceof Error &&
      error.message.includes("CENTRALCTL_ESCROW_KEY") &&
      error.message.includes("openssl rand -base64 32") &&
      !error.message.includes(short),
  );
});

test("loadEscrowKey prefers CENTRALCTL_ESCROW_KEY, then a key file of text or raw bytes", () => {
  assert.deepEqual(loadEscrowKey({ env: { CENTRALCTL_ESCROW_KEY: key.toString("hex") } }), key);
  const textFile = join(dir, "key.txt");
  writeFileSync(textFile, `${key.toString("base64")}\n`);
  assert.deepEqual(loadEscrowKey({ env: { CENTRALCTL_ESCROW_KEY_FILE: textFile } }), key);
  const rawFile = join(dir, "key.bin");
  writeFileSync(rawFile, key);
  assert.deepEqual(loadEscrowKey({ env: {}, keyFile: rawFile }), key);
});

test("loadEscrowKey without any key says how to create one", () => {
  assert.throws(() => loadEscrowKey({ env: {} }), /No escrow key.*openssl rand -base64 32/);
  assert.throws(
    () => loadEscrowKey({ env: { CENTRALCTL_ESCROW_KEY_FILE: join(dir, "missing") } }),
    /Cannot read the escrow key file .*missing \(ENOENT\)/,
  );
});
