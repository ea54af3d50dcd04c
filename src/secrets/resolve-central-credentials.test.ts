import { strict as assert } from "node:assert";
import { test } from "node:test";
import type { Config } from "../config/config-schema.js";
import { resolveCentralCredentials } from "./resolve-central-credentials.js";
import { SecretError } from "./secret-error.js";

const envPair = { SOPHOS_CLIENT_ID: "env-id", SOPHOS_CLIENT_SECRET: "env-secret-value" };
const config: Config = { clientId: "cfg-id", clientSecret: "env:CFG_SECRET", source: "/etc/centralctl.json" };

test("explicit flags win over the environment and the config", async () => {
  const found = await resolveCentralCredentials({
    flags: { clientId: "flag-id", clientSecret: "flag-secret-value" },
    env: envPair,
    config,
    isTTY: false,
  });
  assert.deepEqual(found, { clientId: "flag-id", clientSecret: "flag-secret-value", source: "flags" });
});

test("SOPHOS_CLIENT_ID/SECRET win over the config file", async () => {
  const found = await resolveCentralCredentials({ env: envPair, config, isTTY: false });
  assert.equal(found.source, "env");
  assert.equal(found.clientSecret, "env-secret-value");
});

test("the config's clientSecret may be a reference", async () => {
  const found = await resolveCentralCredentials({
    env: { CFG_SECRET: "cfg-secret-value" },
    config,
    isTTY: false,
  });
  assert.deepEqual(found, { clientId: "cfg-id", clientSecret: "cfg-secret-value", source: "config" });
});

test("half of a pair is an error naming the missing half, not a silent fallback", async () => {
  await assert.rejects(
    resolveCentralCredentials({ env: { SOPHOS_CLIENT_ID: "x" }, config, isTTY: false }),
    /SOPHOS_CLIENT_ID is set but SOPHOS_CLIENT_SECRET is not/,
  );
  await assert.rejects(
    resolveCentralCredentials({
      env: {},
      config: { clientSecret: "abc-literal", source: "/c.json" },
      isTTY: false,
    }),
    /the config file \/c\.json sets clientSecret but not clientId/,
  );
});

test("a terminal is asked only when nothing else is configured", async () => {
  const labels: string[] = [];
  const found = await resolveCentralCredentials({
    env: {},
    config: {},
    isTTY: true,
    prompt: async (label) => {
      labels.push(label);
      return label.includes("ID") ? "typed-id" : "typed-secret-value";
    },
  });
  assert.deepEqual(found, { clientId: "typed-id", clientSecret: "typed-secret-value", source: "prompt" });
  assert.deepEqual(labels, ["Sophos Central client ID", "Sophos Central client secret"]);
});

test("with no source and no terminal the error says how to configure credentials", async () => {
  await assert.rejects(resolveCentralCredentials({ env: {}, config: {}, isTTY: false }), (error: unknown) => {
    return (
      error instanceof SecretError &&
      error.message.startsWith(
        "No Sophos Central credentials: set SOPHOS_CLIENT_ID and SOPHOS_CLIENT_SECRET",
      ) &&
      error.message.includes("README 'Configuration'")
    );
  });
});
