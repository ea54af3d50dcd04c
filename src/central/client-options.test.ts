import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { InvalidOptionError } from "./errors.js";
import { resolveClientOptions } from "./client-options.js";

const creds = { clientId: "client-1", clientSecret: "s3cret-value-xyz" };

describe("resolveClientOptions", () => {
  test("defaults to the real Sophos hosts without environment overrides", () => {
    const o = resolveClientOptions(creds, {});
    assert.equal(o.idUrl, "https://id.sophos.com");
    assert.equal(o.apiUrl, "https://api.central.sophos.com");
    assert.equal(o.concurrency, 32);
    assert.equal(o.perTenantConcurrency, 4);
    assert.equal(o.retry.maxAttempts, 8);
  });

  test("reads CENTRALCTL_ID_URL / CENTRALCTL_API_URL only as defaults, and strips trailing slashes", () => {
    const env = {
      CENTRALCTL_ID_URL: "http://127.0.0.1:1/id/",
      CENTRALCTL_API_URL: "http://127.0.0.1:1/api/",
    };
    assert.equal(resolveClientOptions(creds, env).apiUrl, "http://127.0.0.1:1/api");
    assert.equal(resolveClientOptions({ ...creds, idUrl: "https://x.test" }, env).idUrl, "https://x.test");
  });

  test("merges a partial retry policy over the defaults", () => {
    const o = resolveClientOptions({ ...creds, retry: { maxAttempts: 2 } }, {});
    assert.equal(o.retry.maxAttempts, 2);
    assert.equal(o.retry.baseDelayMs, 250);
  });

  test("rejects bad values naming the option and never the secret", () => {
    assert.throws(
      () => resolveClientOptions({ ...creds, apiUrl: "ftp://x", concurrency: 0 }, {}),
      (e: unknown) =>
        e instanceof InvalidOptionError &&
        /apiUrl/.test(e.message) &&
        /concurrency/.test(e.message) &&
        !e.message.includes(creds.clientSecret),
    );
    assert.throws(() => resolveClientOptions({ clientId: " ", clientSecret: "x" }, {}), /clientId/);
  });
});
