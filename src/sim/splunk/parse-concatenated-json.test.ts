import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parseConcatenatedJson } from "./parse-concatenated-json.js";

test("objects back to back, on lines, or mixed all parse in order", () => {
  assert.deepEqual(parseConcatenatedJson('{"event":"a"}{"event":"b"}\n\n {"event":"c"} {"event":"}{"}'), {
    values: [{ event: "a" }, { event: "b" }, { event: "c" }, { event: "}{" }],
  });
});

test("the first unparseable event is reported by its 0-based number", () => {
  assert.deepEqual(parseConcatenatedJson('{"event":1}\n{"event":2}{"event":'), { invalidEventNumber: 2 });
  assert.deepEqual(parseConcatenatedJson('{"event":1} junk'), { invalidEventNumber: 1 });
  assert.deepEqual(parseConcatenatedJson('"just a string"x'), { invalidEventNumber: 0 });
});
