import { strict as assert } from "node:assert";
import { test } from "node:test";
import { openStore } from "../open-store.js";
import { StoreError } from "../store-error.js";

const device = { tenantId: "t1", endpointId: "e1", hostname: "PC-01", reasons: ["not in directory"] };

test("opening a ticket twice for the same endpoint returns the open one instead of a duplicate", async () => {
  const store = openStore(":memory:", { now: () => 0 });
  try {
    const first = await store.tickets.open(device);
    const again = await store.tickets.open({ ...device, reasons: ["other"] });
    assert.equal(again.id, first.id);
    assert.deepEqual(again.reasons, ["not in directory"]);
    assert.equal(first.state, "open");
    assert.equal(first.externalRef, undefined);
    assert.equal((await store.tickets.listOpen()).length, 1);
  } finally {
    store.close();
  }
});

test("a decided ticket is no longer open and a new one can be opened", async () => {
  let clock = 0;
  const store = openStore(":memory:", { now: () => clock });
  try {
    const ticket = await store.tickets.open({ ...device, externalRef: "INC-1" });
    assert.equal(await store.tickets.isOpen("t1", "e1"), true);
    clock = 60_000;
    const approved = await store.tickets.setState(ticket.id, "approved");
    assert.equal(approved.state, "approved");
    assert.equal(approved.updatedAt, "1970-01-01T00:01:00.000Z");
    assert.equal(approved.externalRef, "INC-1");
    assert.equal(await store.tickets.isOpen("t1", "e1"), false);
    assert.deepEqual(await store.tickets.listOpen(), []);
    const next = await store.tickets.open(device);
    assert.notEqual(next.id, ticket.id);
    assert.equal((await store.tickets.setExternalRef(next.id, "INC-2")).externalRef, "INC-2");
  } finally {
    store.close();
  }
});

test("changing an unknown ticket is a StoreError naming the id", async () => {
  const store = openStore(":memory:");
  try {
    await assert.rejects(store.tickets.setState(404, "closed"), (error: unknown) => {
      return error instanceof StoreError && error.message.includes("ticket 404");
    });
  } finally {
    store.close();
  }
});
