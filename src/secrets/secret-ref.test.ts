import { strict as assert } from "node:assert";
import { test } from "node:test";
import { isSecretRef, parseSecretRef } from "./secret-ref.js";

test("each scheme is parsed into its parts", () => {
  assert.deepEqual(parseSecretRef("env:SOPHOS_CLIENT_SECRET"), { kind: "env", name: "SOPHOS_CLIENT_SECRET" });
  assert.deepEqual(parseSecretRef("file:/run/secrets/sophos"), { kind: "file", path: "/run/secrets/sophos" });
  assert.deepEqual(parseSecretRef("aws:prod/sophos#client_secret"), {
    kind: "aws",
    secretId: "prod/sophos",
    key: "client_secret",
  });
  assert.deepEqual(parseSecretRef("aws:arn:aws:secretsmanager:eu-west-1:123456789012:secret:x-AbCdEf"), {
    kind: "aws",
    secretId: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:x-AbCdEf",
  });
  assert.deepEqual(parseSecretRef("prompt:Splunk HEC token"), { kind: "prompt", label: "Splunk HEC token" });
  assert.deepEqual(parseSecretRef("prompt:"), { kind: "prompt", label: "Secret" });
});

test("anything without a known scheme is a literal", () => {
  assert.equal(parseSecretRef("9f8e7d6c5b4a"), undefined);
  assert.equal(parseSecretRef("vault:kv/x"), undefined);
  assert.equal(isSecretRef("https://example.com"), false);
  assert.equal(isSecretRef("env:X"), true);
});

test("a malformed reference is an error that does not echo its body", () => {
  assert.throws(
    () => parseSecretRef("env:not a name"),
    (error: unknown) => {
      return (
        error instanceof Error && /env:NAME/.test(error.message) && !error.message.includes("not a name")
      );
    },
  );
  assert.throws(() => parseSecretRef("file:  "), /file:\/path/);
  assert.throws(() => parseSecretRef("aws:#key"), /aws:SECRET_ID/);
  assert.throws(() => parseSecretRef("aws:id#"), /aws:SECRET_ID/);
});
