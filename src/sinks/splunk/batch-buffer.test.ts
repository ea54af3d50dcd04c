import { strict as assert } from "node:assert";
import { test } from "node:test";
import { BatchBuffer } from "./batch-buffer.js";

test("a batch is released when it reaches the record limit", () => {
  const buffer = new BatchBuffer(3, 1_000);
  assert.deepEqual(buffer.add("a"), []);
  assert.deepEqual(buffer.add("b"), []);
  assert.deepEqual(buffer.add("c"), [{ lines: ["a", "b", "c"], bytes: 6 }]);
  assert.equal(buffer.size, 0);
});

test("a record that would overflow the byte limit starts the next batch", () => {
  const buffer = new BatchBuffer(100, 10);
  buffer.add("1234");
  assert.deepEqual(buffer.add("56789"), [{ lines: ["1234"], bytes: 5 }]);
  assert.deepEqual(buffer.drain(), { lines: ["56789"], bytes: 6 });
  assert.equal(buffer.drain(), undefined);
});

test("an oversized record travels alone instead of being refused", () => {
  const buffer = new BatchBuffer(100, 4);
  buffer.add("ab");
  const full = buffer.add("x".repeat(20));
  assert.deepEqual(
    full.map((b) => b.lines),
    [["ab"], ["x".repeat(20)]],
  );
});

test("bytes are counted in UTF-8, not UTF-16 units", () => {
  const buffer = new BatchBuffer(100, 1_000);
  buffer.add("é€");
  assert.equal(buffer.drain()?.bytes, 6);
});
