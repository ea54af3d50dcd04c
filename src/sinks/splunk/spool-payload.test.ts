import { strict as assert } from "node:assert";
import { test } from "node:test";
import { decodeSpoolPayload, encodeSpoolPayload, spoolHeading, spoolPayloadOf } from "./spool-payload.js";

test("a spooled batch decodes to the exact body and record count", () => {
  const body = '{"event":1}\n{"event":2}';
  assert.deepEqual(decodeSpoolPayload(encodeSpoolPayload(2, body)), { count: 2, body });
});

test("text not written by the sink is refused rather than sent", () => {
  assert.throws(() => decodeSpoolPayload('{"event":1}'), /not in the centralctl-spool\/1 format/);
  assert.throws(() => decodeSpoolPayload("centralctl-spool/1 x\n{}"), /format/);
});

test("a body given as bytes is spooled as the same text", () => {
  const body = '{"event":"naïve €"}\n{"event":2}';
  const payload = encodeSpoolPayload(2, Buffer.from(body, "utf8"));
  assert.deepEqual(decodeSpoolPayload(payload), { count: 2, body });
});

test("a large body with multi-byte characters across piece boundaries is spooled exactly", () => {
  const line = `{"event":"${"é€😀x".repeat(3_000)}"}`;
  const body = Array.from({ length: 40 }, () => line).join("\n");
  const payload = encodeSpoolPayload(40, Buffer.from(body, "utf8"));
  assert.equal(decodeSpoolPayload(payload).body, body);
});

test("a batch cut with the spool heading is spooled as those very bytes, and decodes like the text form", () => {
  const body = '{"event":"ü"}\n{"event":2}';
  const headed = Buffer.from(spoolHeading(2) + body, "utf8");
  const viaHeading = spoolPayloadOf({
    body: headed.subarray(Buffer.byteLength(spoolHeading(2))),
    count: 2,
    headed,
  });
  assert.equal(viaHeading, headed, "no copy, no decoding");
  const decoded = decodeSpoolPayload(viaHeading);
  assert.equal(decoded.count, 2);
  assert.equal(decoded.body.toString(), body);
  assert.equal(spoolPayloadOf({ body: Buffer.from(body), count: 2 }), encodeSpoolPayload(2, body));
});

test("bytes not written by the sink are refused rather than sent", () => {
  assert.throws(
    () => decodeSpoolPayload(Buffer.from('{"event":1}')),
    /not in the centralctl-spool\/1 format/,
  );
  assert.throws(() => decodeSpoolPayload(Buffer.from("centralctl-spool/1 \n{}")), /format/);
});
