import { strict as assert } from "node:assert";
import { test } from "node:test";
import { displayUrl } from "./display-url.js";

test("credentials, query and fragment never reach a displayed URL", () => {
  assert.equal(
    displayUrl("https://user:pw@soar.example:8443/hook?token=abc#x"),
    "https://soar.example:8443/hook",
  );
  assert.equal(displayUrl("https://splunk:8088/"), "https://splunk:8088");
  assert.equal(displayUrl("not a url"), "<invalid URL>");
});
