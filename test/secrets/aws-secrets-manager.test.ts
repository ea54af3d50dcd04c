import { strict as assert } from "node:assert";
import { createServer } from "node:net";
import { after, before, describe, test } from "node:test";
import { CreateSecretCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import {
  resolveCentralCredentials,
  resolveSecret,
  SecretError,
  type AwsSecretOptions,
} from "../../src/secrets/index.js";
import { startMotoOrSkip } from "../support/moto.js";

// Credentials exist only in the SDK options below, never in process.env, so no other test sees them.
const credentials = { accessKeyId: "testing", secretAccessKey: "testing" };
const REGION = "us-east-1";
const SECRET_VALUES = [
  "moto-client-id-0001",
  "moto-client-secret-value-0001",
  "moto-custom-secret-0002",
  "moto-plain-text-secret-0003",
];

const started = await startMotoOrSkip();
const messages: string[] = [];

/** Await a rejection, keep its message for the final no-leak check, and return it. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => assert.fail("expected the secret lookup to fail"),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof SecretError, `expected a SecretError, got ${String(error)}`);
  messages.push(error.message);
  return error.message;
}

describe("AWS Secrets Manager against a real moto_server", { skip: started.skip ?? false }, () => {
  const endpoint = started.moto?.endpoint ?? "http://127.0.0.1:1";
  const aws = (region = REGION): AwsSecretOptions => ({ region, endpoint, credentials, maxAttempts: 1 });

  before(async () => {
    const client = new SecretsManagerClient({ region: REGION, endpoint, credentials });
    const create = (Name: string, SecretString: string) =>
      client.send(new CreateSecretCommand({ Name, SecretString }));
    await create(
      "centralctl/sophos",
      JSON.stringify({ client_id: SECRET_VALUES[0], client_secret: SECRET_VALUES[1] }),
    );
    await create("centralctl/custom", JSON.stringify({ id: SECRET_VALUES[0], secret: SECRET_VALUES[2] }));
    await create("centralctl/plain", SECRET_VALUES[3] ?? "");
    client.destroy();
  });
  after(() => started.moto?.stop());

  test("credentials come from the secret named in the config, with the default key names", async () => {
    const found = await resolveCentralCredentials({
      env: {},
      config: { aws: { secretId: "centralctl/sophos", region: REGION, endpoint } },
      aws: { credentials, maxAttempts: 1 },
      isTTY: false,
    });
    assert.deepEqual(found, { clientId: SECRET_VALUES[0], clientSecret: SECRET_VALUES[1], source: "aws" });
  });

  test("configured key names pick other keys of the secret", async () => {
    const found = await resolveCentralCredentials({
      env: {},
      config: { aws: { secretId: "centralctl/custom", clientIdKey: "id", clientSecretKey: "secret" } },
      aws: aws(),
      isTTY: false,
    });
    assert.deepEqual(found, { clientId: SECRET_VALUES[0], clientSecret: SECRET_VALUES[2], source: "aws" });
  });

  test("aws: references resolve a JSON key, or the whole plain-text secret", async () => {
    assert.equal(
      await resolveSecret("aws:centralctl/sophos#client_secret", { aws: aws() }),
      SECRET_VALUES[1],
    );
    assert.equal(await resolveSecret("aws:centralctl/plain", { aws: aws() }), SECRET_VALUES[3]);
  });

  test("the endpoint can come from AWS_ENDPOINT_URL_SECRETS_MANAGER through the SDK's own handling", async () => {
    const saved = process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = endpoint;
    try {
      const value = await resolveSecret("aws:centralctl/sophos#client_id", {
        aws: { region: REGION, credentials },
      });
      assert.equal(value, SECRET_VALUES[0]);
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
      else process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = saved;
    }
  });

  test("an unknown secret id says which secret and region", async () => {
    const message = await failure(resolveSecret("aws:centralctl/nope#client_secret", { aws: aws() }));
    assert.match(message, /^AWS secret 'centralctl\/nope' not found in region us-east-1\./);
  });

  test("a secret that exists in another region is reported as not found in the region asked", async () => {
    const message = await failure(
      resolveCentralCredentials({
        env: {},
        config: { aws: { secretId: "centralctl/sophos" } },
        aws: aws("eu-west-1"),
        isTTY: false,
      }),
    );
    assert.match(message, /AWS secret 'centralctl\/sophos' not found in region eu-west-1/);
  });

  test("a missing JSON key lists the keys that exist", async () => {
    const message = await failure(resolveSecret("aws:centralctl/custom#client_secret", { aws: aws() }));
    assert.match(
      message,
      /AWS secret 'centralctl\/custom' \(region us-east-1\) has no key "client_secret" \(keys present: "id", "secret"\)/,
    );
    const viaConfig = await failure(
      resolveCentralCredentials({
        env: {},
        config: { aws: { secretId: "centralctl/custom" } },
        aws: aws(),
        isTTY: false,
      }),
    );
    assert.match(viaConfig, /has no key "client_secret"/);
  });

  test("a secret that is not JSON says so when a key is asked for", async () => {
    const message = await failure(resolveSecret("aws:centralctl/plain#client_secret", { aws: aws() }));
    assert.match(message, /AWS secret 'centralctl\/plain' \(region us-east-1\) is not JSON/);
  });

  test("no secret value appears in any error message", () => {
    assert.ok(messages.length >= 5, `collected ${messages.length} messages`);
    for (const message of messages) {
      for (const value of SECRET_VALUES)
        assert.equal(message.includes(value), false, `${value} leaked into: ${message}`);
    }
  });
});

test("an unreachable endpoint is named in the error", async () => {
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 1));
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const message = await failure(
    resolveSecret("aws:centralctl/sophos#client_secret", {
      aws: { region: REGION, endpoint, credentials, maxAttempts: 1 },
    }),
  );
  assert.match(message, new RegExp(`Cannot reach AWS Secrets Manager at ${endpoint} \\(ECONNREFUSED\\)`));
  assert.match(message, /secret 'centralctl\/sophos'/);
});
