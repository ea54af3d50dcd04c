import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openStore } from "../open-store.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-cursors-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let clock = 1_000_000;
const store = openStore(join(dir, "state.db"), { now: () => clock });
after(() => store.close());

test("commitDelivery stores the delivered ids and the new cursor together", async () => {
  assert.equal(await store.cursors.get("alerts", "t1"), undefined);
  await store.cursors.commitDelivery("alerts", "t1", ["a1", "a2"], "cursor-1");
  assert.equal(await store.cursors.get("alerts", "t1"), "cursor-1");
  assert.equal(await store.cursors.isDelivered("alerts", "t1", "a1"), true);
  assert.equal(await store.cursors.isDelivered("alerts", "t2", "a1"), false, "tenants are separate");
  assert.equal(await store.cursors.isDelivered("events", "t1", "a1"), false, "streams are separate");
});

test("commitDelivery without a new cursor keeps the old one", async () => {
  await store.cursors.commitDelivery("alerts", "t1", ["a3"], undefined);
  assert.equal(await store.cursors.get("alerts", "t1"), "cursor-1");
  assert.equal(await store.cursors.isDelivered("alerts", "t1", "a3"), true);
});

test("a commit that throws midway leaves neither the earlier ids nor the cursor behind", async () => {
  function* idsThatFail(): Generator<string> {
    yield "b1";
    yield "b2";
    throw new Error("simulated crash in the middle of the commit");
  }
  await assert.rejects(
    store.cursors.commitDelivery("alerts", "t9", idsThatFail(), "cursor-9"),
    /simulated crash/,
  );
  assert.equal(await store.cursors.isDelivered("alerts", "t9", "b1"), false);
  assert.equal(await store.cursors.isDelivered("alerts", "t9", "b2"), false);
  assert.equal(await store.cursors.get("alerts", "t9"), undefined);
});

test("filterUndelivered keeps input order, drops delivered ids and duplicates", async () => {
  await store.cursors.commitDelivery("alerts", "t2", ["x2"], "c");
  assert.deepEqual(await store.cursors.filterUndelivered("alerts", "t2", ["x1", "x2", "x3", "x1"]), [
    "x1",
    "x3",
  ]);
});

test("prune forgets only ids delivered before the cutoff", async () => {
  clock = 2_000_000;
  await store.cursors.commitDelivery("alerts", "t3", ["old"], "c");
  clock = 3_000_000;
  await store.cursors.commitDelivery("alerts", "t3", ["new"], "c");
  assert.equal(await store.cursors.prune("alerts", "t3", 2_500_000), 1);
  assert.equal(await store.cursors.isDelivered("alerts", "t3", "old"), false);
  assert.equal(await store.cursors.isDelivered("alerts", "t3", "new"), true);
});

test("reset clears one tenant, or the whole stream when no tenant is given", async () => {
  await store.cursors.commitDelivery("feed", "ta", ["1"], "ca");
  await store.cursors.commitDelivery("feed", "tb", ["2"], "cb");
  await store.cursors.reset("feed", "ta");
  assert.equal(await store.cursors.get("feed", "ta"), undefined);
  assert.equal(await store.cursors.isDelivered("feed", "ta", "1"), false);
  assert.equal(await store.cursors.get("feed", "tb"), "cb");
  await store.cursors.reset("feed");
  assert.equal(await store.cursors.get("feed", "tb"), undefined);
  assert.equal(await store.cursors.isDelivered("feed", "tb", "2"), false);
});
