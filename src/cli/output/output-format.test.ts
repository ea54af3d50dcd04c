import assert from "node:assert/strict";
import { test } from "node:test";
import { isSinkOutput, parseOutputFormat, parseRecordOutput } from "./output-format.js";

test("connector outputs accept the sinks; plain formats do not", () => {
  assert.equal(parseRecordOutput("splunk_trans"), "splunk_trans");
  assert.equal(isSinkOutput(parseRecordOutput("webhook")), true);
  assert.equal(isSinkOutput(parseRecordOutput("ndjson")), false);
  assert.throws(() => parseOutputFormat("splunk"), /table, json, ndjson, csv/);
  assert.throws(() => parseRecordOutput("kafka"), /splunk, splunk_trans, webhook/);
});
