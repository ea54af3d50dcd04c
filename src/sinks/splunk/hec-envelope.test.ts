import { strict as assert } from "node:assert";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { createEnvelopeBuilder, createEnvelopeEncoder } from "./hec-envelope.js";
import { Utf8Writer } from "./utf8-writer.js";

const meta = { host: "central", source: "centralctl", sourcetype: "sophos:alerts", index: "sophos" };
const alert = { id: "a1", raisedAt: "2024-05-01T10:00:00.250Z" };

test("splunk output wraps the record untouched and ignores configured metadata", () => {
  const build = createEnvelopeBuilder({
    output: "splunk",
    ...meta,
    idField: "centralctl_id",
    timeField: "raisedAt",
  });
  const envelope = JSON.parse(build(alert));
  assert.deepEqual(Object.keys(envelope), ["time", "event", "fields"]);
  assert.equal(envelope.time, 1714557600.25);
  assert.deepEqual(envelope.event, alert);
});

test("splunk_trans output sets host, source, sourcetype and index from configuration", () => {
  const build = createEnvelopeBuilder({ output: "splunk_trans", ...meta, idField: "centralctl_id" });
  const envelope = JSON.parse(build(alert));
  assert.deepEqual(
    { host: envelope.host, source: envelope.source, sourcetype: envelope.sourcetype, index: envelope.index },
    meta,
  );
  assert.equal(envelope.time, undefined, "no time field configured: Splunk uses receive time");
});

test("the event id is stable for the same record and differs for different ones", () => {
  const build = createEnvelopeBuilder({ output: "splunk", idField: "eid" });
  const id = (record: Record<string, unknown>) => JSON.parse(build(record)).fields.eid as string;
  assert.equal(id(alert), id({ ...alert }));
  assert.notEqual(id(alert), id({ ...alert, id: "a2" }));
  const custom = createEnvelopeBuilder({ output: "splunk", idField: "eid", idOf: (r) => String(r["id"]) });
  assert.equal(JSON.parse(custom(alert)).fields.eid, "a1");
});

test("a record that cannot be JSON-encoded is refused with a clear message", () => {
  const build = createEnvelopeBuilder({ output: "splunk", idField: "eid" });
  assert.throws(() => build({ big: 1n }), /cannot be encoded as JSON for Splunk/);
});

test("the encoder writes the same bytes as the builder, and the default id hashes the envelope head", () => {
  const options = { output: "splunk", idField: "eid", timeField: "raisedAt" } as const;
  const record = { ...alert, note: "naïve € 😀", nested: { list: [1, "two", null] } };
  const out = new Utf8Writer();
  out.write("prefix|");
  createEnvelopeEncoder(options)(record, out);
  const line = out.bytesSince("prefix|".length).toString("utf8");
  assert.equal(line, createEnvelopeBuilder(options)(record));
  const head = `{"time":1714557600.25,"event":${JSON.stringify(record)}`;
  // Ids must not change between versions: a re-fetch after an upgrade must still de-duplicate.
  const expected = createHash("sha256").update(head).digest("hex").slice(0, 32);
  assert.equal(line, `${head},"fields":{"eid":"${expected}"}}`);
});

test("a custom id is JSON-escaped into the fields object", () => {
  const build = createEnvelopeBuilder({ output: "splunk", idField: "eid", idOf: () => 'a"b' });
  assert.equal(JSON.parse(build(alert)).fields.eid, 'a"b');
});
