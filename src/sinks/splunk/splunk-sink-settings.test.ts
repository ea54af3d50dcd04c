import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parseSplunkSinkSettings } from "./splunk-sink-settings.js";

test("defaults are filled in for a minimal configuration", () => {
  const settings = parseSplunkSinkSettings({ url: "https://splunk:8088", token: "t" });
  assert.equal(settings.output, "splunk");
  assert.equal(settings.ack, false);
  assert.equal(settings.idField, "centralctl_id");
  assert.equal(settings.maxBatchEvents, 500);
});

test("invalid settings are all listed, without echoing the token", () => {
  const token = "e3b0c442-98fc-1c14-9afb-f4c8996fb924";
  assert.throws(
    () => parseSplunkSinkSettings({ url: "ftp://splunk", token, channel: "abc", maxBatchEvents: 0 }),
    (error: Error) =>
      /url/.test(error.message) &&
      /channel/.test(error.message) &&
      /maxBatchEvents/.test(error.message) &&
      !error.message.includes(token),
  );
});
