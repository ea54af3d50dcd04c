import { strict as assert } from "node:assert";
import { test } from "node:test";
import { decodeSpoolPayload, encodeSpoolPayload } from "./spool-payload.js";

test("a spooled batch decodes to the exact body and record count", () => {
  const body = '{"event":1}\n{"event":2}';
  assert.deepEqual(decodeSpoolPayload(encodeSpoolPayload(2, body)), { count: 2, body });
});

test("text not written by the sink is refused rather than sent", () => {
  assert.throws(() => decodeSpoolPayload('{"event":1}'), /not in the centralctl-spool\/1 format/);
  assert.throws(() => decodeSpoolPayload("centralctl-spool/1 x\n{}"), /format/);
});
