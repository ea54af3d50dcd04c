import { strict as assert } from "node:assert";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openStore } from "../open-store.js";
import { StoreError } from "../store-error.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-escrow-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const key = randomBytes(32);
const PASSWORD = "TP-Secret-Password-4711";
const OLD = "TP-Older-Password-0815";

const device = {
  tenantId: "t1",
  endpointId: "11111111-2222-3333-4444-555555555555",
  hostname: "FIN-LAPTOP-07",
  password: PASSWORD,
  previousPasswords: [OLD],
  // The API's tamper-protection response carries the password: it must not leak through the snapshot.
  snapshot: { os: "Windows 11", lastSeenAt: "2025-01-01T00:00:00Z", tamper: { password: PASSWORD } },
};

test("escrowed passwords round-trip and are found by hostname (any case) or endpoint id", async () => {
  const store = openStore(join(dir, "roundtrip.db"), { escrowKey: key });
  try {
    const id = await store.escrow.put(device);
    const byHost = await store.escrow.find("fin-laptop-07");
    const byEndpoint = await store.escrow.find(device.endpointId);
    assert.deepEqual(byHost, byEndpoint);
    assert.equal(byHost[0]?.id, id);
    assert.equal(JSON.stringify(byHost).includes(PASSWORD), false, "find never returns the password");
    assert.deepEqual(byHost[0]?.snapshot, {
      os: "Windows 11",
      lastSeenAt: "2025-01-01T00:00:00Z",
      tamper: { password: "[REDACTED]" },
    });
    assert.deepEqual(await store.escrow.reveal(id, key), { password: PASSWORD, previousPasswords: [OLD] });
    assert.deepEqual(await store.escrow.reveal(id), { password: PASSWORD, previousPasswords: [OLD] });
  } finally {
    store.close();
  }
});

test("revealing with a wrong key fails clearly and shows no password", async () => {
  const store = openStore(join(dir, "wrongkey.db"), { escrowKey: key });
  try {
    const id = await store.escrow.put(device);
    await assert.rejects(store.escrow.reveal(id, randomBytes(32)), (error: unknown) => {
      return (
        error instanceof StoreError &&
        /Escrow record \d+ \(FIN-LAPTOP-07\) was encrypted with escrow key/.test(error.message) &&
        !error.message.includes(PASSWORD)
      );
    });
    await assert.rejects(store.escrow.reveal(999, key), /no escrow record 999/);
  } finally {
    store.close();
  }
});

test("no plaintext password reaches the database file, its WAL or its shared memory", async () => {
  const path = join(dir, "scan.db");
  const store = openStore(path, { escrowKey: key });
  await store.escrow.put(device);
  await store.escrow.put({ ...device, endpointId: "e2", hostname: "OTHER", previousPasswords: [] });
  const files = readdirSync(dir).filter((name) => name.startsWith("scan.db"));
  assert.ok(files.includes("scan.db-wal"), "the WAL is scanned while the store is still open");
  const scan = (): void => {
    for (const name of readdirSync(dir).filter((file) => file.startsWith("scan.db"))) {
      const bytes = readFileSync(join(dir, name));
      for (const secret of [PASSWORD, OLD]) {
        assert.equal(bytes.includes(Buffer.from(secret, "utf8")), false, `${secret} found in ${name}`);
        assert.equal(
          bytes.includes(Buffer.from(secret, "utf16le")),
          false,
          `${secret} (UTF-16) found in ${name}`,
        );
      }
    }
  };
  scan();
  store.close();
  scan();
  assert.ok(
    readFileSync(path).includes(Buffer.from("FIN-LAPTOP-07")),
    "the scan can see what is stored in clear",
  );
});

test("escrow without any key configured says how to set one", async () => {
  const store = openStore(":memory:", {
    escrowKey: () => {
      throw new StoreError("No escrow key to protect tamper-protection passwords.");
    },
  });
  try {
    await assert.rejects(store.escrow.put(device), /No escrow key/);
  } finally {
    store.close();
  }
});
