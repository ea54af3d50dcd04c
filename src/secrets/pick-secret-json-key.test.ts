import { strict as assert } from "node:assert";
import { test } from "node:test";
import { pickSecretJsonKey } from "./pick-secret-json-key.js";

const where = "AWS secret 'prod/sophos' (region eu-west-1)";

test("a key of a JSON object secret is returned", () => {
  assert.equal(pickSecretJsonKey('{"client_id":"abc","client_secret":"xyz"}', "client_secret", where), "xyz");
  assert.equal(pickSecretJsonKey('{"port":443}', "port", where), "443");
});

test("a missing key lists the keys that exist but none of the values", () => {
  assert.throws(
    () => pickSecretJsonKey('{"id":"value-one","secret":"value-two"}', "client_secret", where),
    (error: unknown) =>
      error instanceof Error &&
      error.message.includes(where) &&
      error.message.includes('no key "client_secret" (keys present: "id", "secret")') &&
      !error.message.includes("value-one") &&
      !error.message.includes("value-two"),
  );
});

test("a secret that is not JSON says so without quoting it", () => {
  assert.throws(
    () => pickSecretJsonKey("plain-text-secret", "client_secret", where),
    (error: unknown) =>
      error instanceof Error &&
      /is not JSON/.test(error.message) &&
      !error.message.includes("plain-text-secret"),
  );
  assert.throws(() => pickSecretJsonKey('["a"]', "k", where), /JSON an array, not an object/);
});

test("non-string and empty values are refused", () => {
  assert.throws(() => pickSecretJsonKey('{"k":{"nested":"v"}}', "k", where), /holds a JSON object/);
  assert.throws(() => pickSecretJsonKey('{"k":""}', "k", where), /is empty/);
});
