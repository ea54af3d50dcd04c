import { strict as assert } from "node:assert";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openStore } from "../open-store.js";
import { StoreError } from "../store-error.js";

const pending = { id: "g-pending", name: "Pending removal" };
const device = {
  tenantId: "t1",
  endpointId: "e1",
  hostname: "PC-01",
  group: pending,
  originalGroup: { id: "g-fin", name: "Finance" },
};

test("quarantining an endpoint twice keeps the first grace-period start", async () => {
  let clock = Date.parse("2026-01-01T00:00:00Z");
  const store = openStore(":memory:", { now: () => clock });
  try {
    const first = await store.quarantine.quarantine(device);
    assert.equal(first.state, "quarantined");
    assert.equal(first.quarantinedAt, "2026-01-01T00:00:00.000Z");
    assert.deepEqual(first.originalGroup, { id: "g-fin", name: "Finance" });
    clock += 86_400_000;
    const again = await store.quarantine.quarantine({ ...device, originalGroup: pending });
    assert.deepEqual(
      again,
      first,
      "a repeat neither restarts the grace period nor overwrites the original group",
    );
  } finally {
    store.close();
  }
});

test("a released record is replaced by a new quarantine with a fresh start", async () => {
  let clock = Date.parse("2026-01-01T00:00:00Z");
  const store = openStore(":memory:", { now: () => clock });
  try {
    await store.quarantine.quarantine({ ...device, originalGroup: null });
    clock += 3_600_000;
    const released = await store.quarantine.setState("t1", "e1", "released");
    assert.equal(released.state, "released");
    assert.equal(released.originalGroup, null);
    assert.equal(released.updatedAt, "2026-01-01T01:00:00.000Z");
    clock += 3_600_000;
    const again = await store.quarantine.quarantine(device);
    assert.equal(again.state, "quarantined");
    assert.equal(again.quarantinedAt, "2026-01-01T02:00:00.000Z");
  } finally {
    store.close();
  }
});

test("list filters by tenant and state; an unknown endpoint cannot change state", async () => {
  const store = openStore(":memory:", { now: () => 0 });
  try {
    await store.quarantine.quarantine(device);
    await store.quarantine.quarantine({
      ...device,
      endpointId: "e2",
      quarantinedAt: "1969-12-31T00:00:00.000Z",
    });
    await store.quarantine.quarantine({ ...device, tenantId: "t2" });
    await store.quarantine.setState("t2", "e1", "deleted");
    const t1 = await store.quarantine.list({ tenantId: "t1", state: "quarantined" });
    assert.deepEqual(
      t1.map((r) => r.endpointId),
      ["e2", "e1"],
      "oldest quarantine first (a resumed run may pass the real move time)",
    );
    assert.deepEqual(
      (await store.quarantine.list({ state: "deleted" })).map((r) => r.tenantId),
      ["t2"],
    );
    assert.equal((await store.quarantine.list()).length, 3);
    await assert.rejects(store.quarantine.setState("t1", "nope", "released"), StoreError);
    assert.equal(await store.quarantine.get("t1", "nope"), undefined);
  } finally {
    store.close();
  }
});

test("a quarantine record survives closing and reopening the state file", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "centralctl-quarantine-")), "state.db");
  const store = openStore(path, { now: () => 0 });
  await store.quarantine.quarantine(device);
  store.close();
  const reopened = openStore(path);
  try {
    assert.equal((await reopened.quarantine.get("t1", "e1"))?.state, "quarantined");
  } finally {
    reopened.close();
  }
});
