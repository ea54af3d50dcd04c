import { strict as assert } from "node:assert";
import { test } from "node:test";
import { Utf8Writer } from "./utf8-writer.js";

test("text is appended as UTF-8 and the writer grows past its initial capacity", () => {
  const writer = new Utf8Writer(16);
  const parts = ["héllo ", "€uro ", "😀 ", "x".repeat(5_000)];
  for (const part of parts) writer.write(part);
  assert.equal(writer.bytesSince(0).toString("utf8"), parts.join(""));
  assert.equal(writer.length, Buffer.byteLength(parts.join("")));
});

test("bytesSince addresses exactly what was written after a mark", () => {
  const writer = new Utf8Writer();
  writer.write("head|");
  const mark = writer.length;
  writer.write("tail");
  assert.equal(writer.bytesSince(mark).toString(), "tail");
});

test("move brings bytes left beyond a truncate back to the given offset", () => {
  const writer = new Utf8Writer();
  writer.write("[old,new");
  writer.truncate(1);
  writer.move(5, 8, 1);
  assert.equal(writer.bytesSince(0).toString(), "[new");
});

test("copyOut returns an exact-size copy with the suffix, unaffected by later writes", () => {
  const writer = new Utf8Writer();
  writer.write("[a,b");
  const copy = writer.copyOut(writer.length, Buffer.from("]"));
  writer.truncate(0);
  writer.write("zzzzzz");
  assert.equal(copy.toString(), "[a,b]");
  assert.equal(copy.length, 5);
});
