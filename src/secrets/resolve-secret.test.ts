import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { redactSecrets } from "../util/redact.js";
import { resolveSecret, resolveSecretValue } from "./resolve-secret.js";
import { SecretError } from "./secret-error.js";

const dir = mkdtempSync(join(tmpdir(), "centralctl-secret-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("env: reads the named variable and registers the value for redaction", async () => {
  const value = await resolveSecret("env:MISP_KEY", { env: { MISP_KEY: "misp-key-0123456789" } });
  assert.equal(value, "misp-key-0123456789");
  assert.equal(redactSecrets("key=misp-key-0123456789;"), "key=[REDACTED];");
});

test("env: with the variable missing names the variable", async () => {
  await assert.rejects(resolveSecret("env:NOT_SET_ANYWHERE", { env: {} }), /NOT_SET_ANYWHERE.*not set/);
});

test("file: reads the file trimmed, and reports a missing or empty file by path", async () => {
  const file = join(dir, "token");
  writeFileSync(file, "  hec-token-abcdef\n");
  assert.equal(await resolveSecret(`file:${file}`), "hec-token-abcdef");
  await assert.rejects(resolveSecret(`file:${join(dir, "missing")}`), /secret file .*missing \(ENOENT\)/);
  writeFileSync(join(dir, "empty"), "\n");
  await assert.rejects(resolveSecret(`file:${join(dir, "empty")}`), /is empty/);
});

test("prompt: without a terminal is refused with what to use instead", async () => {
  await assert.rejects(
    resolveSecret("prompt:LDAP bind password", {
      isTTY: false,
      instead: "Set LDAP_BIND_PASSWORD or --bind-password-file.",
    }),
    (error: unknown) =>
      error instanceof SecretError &&
      error.message.includes("LDAP bind password") &&
      error.message.includes("LDAP_BIND_PASSWORD"),
  );
});

test("prompt: on a terminal asks with the label and hides the input", async () => {
  const asked: unknown[] = [];
  const value = await resolveSecret("prompt:Splunk token", {
    isTTY: true,
    prompt: async (label, options) => {
      asked.push([label, options.hidden]);
      return "typed-token-value";
    },
  });
  assert.equal(value, "typed-token-value");
  assert.deepEqual(asked, [["Splunk token", true]]);
});

test("resolveSecretValue passes literals through and resolves references", async () => {
  assert.equal(await resolveSecretValue("literal-value-42", { env: {} }), "literal-value-42");
  assert.equal(await resolveSecretValue("env:X", { env: { X: "from-env-value" } }), "from-env-value");
  await assert.rejects(resolveSecret("not-a-ref"), /Not a secret reference/);
});
