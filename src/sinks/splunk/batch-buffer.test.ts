import { strict as assert } from "node:assert";
import { test } from "node:test";
import { BatchBuffer, type EncodedBatch } from "./batch-buffer.js";
import type { RecordEncoder } from "./utf8-writer.js";

// Records are { t: "text" }; the encoder writes the text as it is, so bodies are easy to read.
const text: RecordEncoder = (record, out) => out.write(String(record["t"]));
const r = (t: string) => ({ t });
const shown = (batch: EncodedBatch | undefined) =>
  batch && { body: batch.body.toString("utf8"), count: batch.count };
const takeAll = (buffer: BatchBuffer) => {
  const out = [];
  for (let b = buffer.takeFull(); b; b = buffer.takeFull()) out.push(shown(b));
  return out;
};

test("a batch is released when it reaches the record limit, records one per line", () => {
  const buffer = new BatchBuffer(3, 1_000, text);
  buffer.add(r("a"));
  buffer.add(r("b"));
  assert.deepEqual(takeAll(buffer), []);
  buffer.add(r("c"));
  assert.deepEqual(takeAll(buffer), [{ body: "a\nb\nc", count: 3 }]);
  assert.equal(buffer.size, 0);
});

test("a record that would push the body over the byte limit starts the next batch", () => {
  const buffer = new BatchBuffer(100, 10, text);
  buffer.add(r("1234"));
  buffer.add(r("567890"));
  assert.deepEqual(takeAll(buffer), [{ body: "1234", count: 1 }]);
  assert.deepEqual(shown(buffer.drain()), { body: "567890", count: 1 });
  assert.equal(buffer.drain(), undefined);
});

test("a batch that reaches the byte limit exactly is released with the record that filled it", () => {
  const buffer = new BatchBuffer(100, 10, text);
  buffer.add(r("1234"));
  buffer.add(r("56789"));
  assert.deepEqual(takeAll(buffer), [{ body: "1234\n56789", count: 2 }]);
});

test("an oversized record travels alone instead of being refused", () => {
  const buffer = new BatchBuffer(100, 4, text);
  buffer.add(r("ab"));
  buffer.add(r("x".repeat(20)));
  assert.deepEqual(takeAll(buffer), [
    { body: "ab", count: 1 },
    { body: "x".repeat(20), count: 1 },
  ]);
});

test("bytes are counted in UTF-8, not UTF-16 units", () => {
  const buffer = new BatchBuffer(100, 8, text);
  buffer.add(r("é€"));
  buffer.add(r("ab"));
  // "é€" is 5 bytes; with "\nab" the body would be 8 bytes: full, released with both.
  assert.deepEqual(takeAll(buffer), [{ body: "é€\nab", count: 2 }]);
});

test("framing counts towards the byte limit and wraps every batch", () => {
  const array = { open: "[", separator: ",", close: "]" };
  const buffer = new BatchBuffer(100, 8, text, array);
  buffer.add(r("11"));
  buffer.add(r("22"));
  buffer.add(r("33"));
  assert.deepEqual(takeAll(buffer), [{ body: "[11,22]", count: 2 }]);
  assert.deepEqual(shown(buffer.drain()), { body: "[33]", count: 1 });
});

test("a record the encoder refuses leaves the batch as it was", () => {
  const picky: RecordEncoder = (record, out) => {
    out.write("partial");
    if (record["t"] === "bad") throw new Error("cannot encode");
    out.write(String(record["t"]));
  };
  const buffer = new BatchBuffer(100, 1_000, picky);
  buffer.add(r("a"));
  assert.throws(() => buffer.add(r("bad")), /cannot encode/);
  buffer.add(r("b"));
  assert.deepEqual(shown(buffer.drain()), { body: "partiala\npartialb", count: 2 });
});

test("drain hands out full batches not yet taken before the partial one", () => {
  const buffer = new BatchBuffer(1, 1_000, text);
  buffer.add(r("a"));
  buffer.add(r("b"));
  assert.deepEqual(
    [shown(buffer.drain()), shown(buffer.drain())],
    [
      { body: "a", count: 1 },
      { body: "b", count: 1 },
    ],
  );
  assert.equal(buffer.drain(), undefined);
});

test("batch bodies are independent copies: later records do not change a body already handed out", () => {
  const buffer = new BatchBuffer(2, 1_000_000, text);
  buffer.add(r("first"));
  buffer.add(r("second"));
  const batch = buffer.takeFull();
  for (let i = 0; i < 1000; i++) buffer.add(r(`record-${i}-${"y".repeat(100)}`));
  assert.equal(batch?.body.toString("utf8"), "first\nsecond");
});

test("with a heading, each batch also comes as heading + body in one buffer, body a view of it", () => {
  const buffer = new BatchBuffer(2, 1_000, text, undefined, (count) => `count=${count}\n`);
  buffer.add(r("é"));
  buffer.add(r("b"));
  const batch = buffer.takeFull();
  assert.equal(batch?.headed?.toString("utf8"), "count=2\né\nb");
  assert.equal(batch?.body.toString("utf8"), "é\nb");
  assert.equal(batch?.body.buffer, batch?.headed?.buffer, "no second copy of the body");
});
