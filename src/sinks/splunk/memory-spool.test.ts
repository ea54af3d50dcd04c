import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createMemorySpool } from "./memory-spool.js";

const at = (ms: number) => new Date(ms).toISOString();

test("the memory spool lists oldest first, per queue, with a limit", async () => {
  let clock = 0;
  const spool = createMemorySpool(() => ++clock);
  await spool.put("a", "1", "one");
  await spool.putMany("a", [{ id: "2", payload: "two" }]);
  await spool.put("b", "3", "three");
  assert.deepEqual(await spool.list("a"), [
    { id: "1", payload: "one", createdAt: at(1) },
    { id: "2", payload: "two", createdAt: at(2) },
  ]);
  assert.deepEqual(
    (await spool.list("a", 1)).map((e) => e.id),
    ["1"],
  );
  assert.equal(await spool.remove("a", ["1", "missing"]), 1);
  assert.equal(await spool.count("a"), 1);
  assert.equal(await spool.count("b"), 1);
});

test("putting an id already queued keeps the first copy and its place, like the SQLite store", async () => {
  let clock = 0;
  const spool = createMemorySpool(() => ++clock);
  await spool.put("a", "1", "first");
  await spool.put("a", "2", "x");
  await spool.put("a", "1", "second");
  assert.deepEqual((await spool.list("a"))[0], { id: "1", payload: "first", createdAt: at(1) });
});

test("the memory spool summarises non-empty queues by name with sizes and payload heads only", async () => {
  const spool = createMemorySpool(() => 5);
  await spool.put("zeta", "1", `centralctl-spool/1 3\n${"é".repeat(100)}`);
  await spool.put("alpha", "1", Buffer.from(`centralctl-spool/1 2\n${"x".repeat(100)}`));
  await spool.put("alpha", "2", "short");
  await spool.count("empty");
  const queues = await spool.queues();
  assert.deepEqual(
    queues.map((q) => [q.queue, q.items, q.bytes, q.oldestAt]),
    [
      ["alpha", 2, 126, at(5)],
      ["zeta", 1, 221, at(5)],
    ],
  );
  assert.equal(queues[0]?.heads[0]?.length, 64);
  assert.equal(queues[0]?.heads[1], "short");
});
