import { strict as assert } from "node:assert";
import { test } from "node:test";
import { readPath, toEpochSeconds } from "./event-time.js";

test("ISO timestamps become epoch seconds with milliseconds", () => {
  assert.equal(toEpochSeconds("2024-05-01T10:00:00.250Z"), 1714557600.25);
  assert.equal(toEpochSeconds(new Date("2024-05-01T10:00:00.001Z")), 1714557600.001);
});

test("epoch numbers in seconds or milliseconds are both understood", () => {
  assert.equal(toEpochSeconds(1714557600), 1714557600);
  assert.equal(toEpochSeconds(1714557600250), 1714557600.25);
  assert.equal(toEpochSeconds("1714557600.5"), 1714557600.5);
});

test("missing or unusable times give undefined so Splunk uses receive time", () => {
  for (const value of [undefined, null, "", "yesterday", {}, -5])
    assert.equal(toEpochSeconds(value), undefined);
});

test("dotted paths reach nested time fields", () => {
  assert.equal(readPath({ hit: { time: "x" } }, "hit.time"), "x");
  assert.equal(readPath({ hit: null }, "hit.time"), undefined);
});

test("a pre-split path reads the same value as the dotted one", () => {
  const record = { hit: { time: "2024-05-01T10:00:00Z" } };
  assert.equal(readPath(record, ["hit", "time"]), readPath(record, "hit.time"));
  assert.equal(readPath(record, ["hit", "missing", "deeper"]), undefined);
});
