import { strict as assert } from "node:assert";
import { test } from "node:test";
import { createEnvelopeBuilder } from "./hec-envelope.js";

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
