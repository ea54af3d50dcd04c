import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { openStore } from "../open-store.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-spool-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const path = join(dir, "state.db");
const store = openStore(path, { now: () => Date.parse("2026-03-01T10:00:00Z") });
after(() => store.close());

test("spool items come back in insertion order, not id order", async () => {
  await store.spool.put("hec", "c", "third?");
  await store.spool.put("hec", "a", "first?");
  await store.spool.putMany("hec", [
    { id: "b", payload: "x" },
    { id: "0", payload: "y" },
  ]);
  const items = await store.spool.list("hec");
  assert.deepEqual(
    items.map((item) => item.id),
    ["c", "a", "b", "0"],
  );
  assert.equal(items[0]?.createdAt, "2026-03-01T10:00:00.000Z");
  assert.deepEqual(
    (await store.spool.list("hec", 2)).map((item) => item.payload),
    ["third?", "first?"],
  );
});

test("putting a queued id again keeps the first copy and its place", async () => {
  await store.spool.put("dup", "1", "original");
  await store.spool.put("dup", "2", "two");
  await store.spool.put("dup", "1", "replayed");
  assert.deepEqual(await store.spool.list("dup"), [
    { id: "1", payload: "original", createdAt: "2026-03-01T10:00:00.000Z" },
    { id: "2", payload: "two", createdAt: "2026-03-01T10:00:00.000Z" },
  ]);
});

test("remove and count work per queue and survive a reopen", async () => {
  await store.spool.putMany(
    "q",
    ["1", "2", "3"].map((id) => ({ id, payload: `p${id}` })),
  );
  await store.spool.put("other", "1", "x");
  assert.equal(await store.spool.remove("q", ["1", "3", "nope"]), 2);
  assert.equal(await store.spool.count("q"), 1);
  assert.equal(await store.spool.count("other"), 1);
  const reopened = openStore(path);
  try {
    assert.deepEqual(
      (await reopened.spool.list("q")).map((item) => item.id),
      ["2"],
    );
  } finally {
    reopened.close();
  }
});

test("bytes put in the spool come back as the same bytes after a reopen, text stays text", async () => {
  const bytes = Buffer.from('centralctl-spool/1 1\n{"event":"naïve €"}', "utf8");
  await store.spool.put("bytes", "b1", bytes);
  await store.spool.put("bytes", "t1", "plain text");
  const reopened = openStore(path);
  try {
    const [b, t] = await reopened.spool.list("bytes");
    assert.ok(Buffer.isBuffer(b?.payload), "a BLOB comes back as a Buffer");
    assert.deepEqual(b?.payload, bytes);
    assert.equal(t?.payload, "plain text");
  } finally {
    reopened.close();
  }
});

test("queues summarise every non-empty queue by name with sizes and only the first bytes of each item", async () => {
  const memory = openStore(":memory:", { now: () => Date.parse("2026-03-02T08:00:00Z") });
  after(() => memory.close());
  const spool = memory.spool;
  await spool.put("zeta", "1", `centralctl-spool/1 3\n${"é".repeat(100)}`);
  await spool.put("alpha", "1", Buffer.from(`centralctl-spool/1 2\n${"x".repeat(100)}`));
  await spool.put("alpha", "2", "short");
  await spool.put("gone", "1", "x");
  await spool.remove("gone", ["1"]);
  const queues = await spool.queues();
  assert.deepEqual(
    queues.map((q) => [q.queue, q.items, q.bytes, q.oldestAt]),
    [
      ["alpha", 2, 121 + 5, "2026-03-02T08:00:00.000Z"],
      ["zeta", 1, 21 + 200, "2026-03-02T08:00:00.000Z"],
    ],
  );
  const [alpha] = queues;
  assert.ok(Buffer.isBuffer(alpha?.heads[0]));
  assert.equal(alpha?.heads[0]?.length, 64);
  assert.equal(alpha?.heads[1], "short");
  assert.equal(queues[1]?.heads[0]?.length, 64);
});
