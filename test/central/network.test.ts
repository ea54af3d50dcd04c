// Corporate networks against the Central simulator: HTTP(S)_PROXY / NO_PROXY through a test proxy,
// and an extra CA bundle for a host signed by a private CA (as behind a TLS-inspecting proxy).
import { after, afterEach, before, describe, test } from "node:test";
import { strict as assert } from "node:assert";
import {
  CentralClient,
  ConnectionError,
  InvalidOptionError,
  type CentralClientOptions,
} from "../../src/central/index.js";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { collect, credentialOf, simClient } from "./helpers/sim-client.js";
import { makeSelfSigned } from "../support/self-signed.js";
import { startTestProxy } from "./helpers/test-proxy.js";

const PROXY_VARS = ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"];
const saved = Object.fromEntries(PROXY_VARS.map((k) => [k, process.env[k]]));
const clearProxyEnv = () => {
  for (const k of PROXY_VARS) delete process.env[k];
};
clearProxyEnv();
afterEach(clearProxyEnv);
after(() => {
  for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
});

/** whoami, tenant discovery and one endpoint listing: token, global and regional hosts. */
async function roundTrip(sim: RunningSimulator, extra: Partial<CentralClientOptions> = {}): Promise<number> {
  const client = simClient(sim, credentialOf(sim, "tenant"), {
    retry: { maxAttempts: 2, baseDelayMs: 5 },
    ...extra,
  });
  const [tenant] = await collect(client.listTenants());
  return (await collect(client.forTenant(tenant!).endpoints())).length;
}

describe("proxy", () => {
  let sim: RunningSimulator;
  before(async () => {
    sim = await startSimulator({ seed: 3, tenants: 1, endpointsPerTenant: 5 });
  });
  after(() => sim.close());

  test("HTTP_PROXY carries every request to the simulator", async () => {
    const proxy = await startTestProxy();
    after(() => proxy.close());
    process.env["HTTP_PROXY"] = proxy.url;
    assert.equal(await roundTrip(sim), 5);
    const host = new URL(sim.apiUrl).host;
    assert.ok(proxy.targets.length > 0, "the proxy saw traffic");
    assert.ok(
      proxy.targets.every((t) => t === host),
      `proxy saw ${proxy.targets.join()}`,
    );
  });

  test("NO_PROXY hosts bypass the proxy", async () => {
    const proxy = await startTestProxy();
    after(() => proxy.close());
    process.env["HTTP_PROXY"] = proxy.url;
    process.env["HTTPS_PROXY"] = proxy.url;
    process.env["NO_PROXY"] = "example.org, 127.0.0.1";
    assert.equal(await roundTrip(sim), 5);
    assert.deepEqual(proxy.targets, []);
  });

  test("the proxyUrl and noProxy options work without environment variables", async () => {
    const proxy = await startTestProxy();
    after(() => proxy.close());
    assert.equal(await roundTrip(sim, { proxyUrl: proxy.url }), 5);
    const carried = proxy.targets.length;
    assert.ok(carried >= 1);
    assert.equal(await roundTrip(sim, { proxyUrl: proxy.url, noProxy: "127.0.0.1" }), 5);
    assert.equal(proxy.targets.length, carried);
  });
});

describe("extra CA bundle", () => {
  const cert = makeSelfSigned();
  const skip = "skip" in cert ? cert.skip : false;
  let sim: RunningSimulator | undefined;
  before(async () => {
    if ("skip" in cert) return;
    sim = await startSimulator({
      seed: 3,
      tenants: 1,
      endpointsPerTenant: 5,
      tls: { key: cert.key, cert: cert.cert },
    });
  });
  after(async () => {
    await sim?.close();
    if (!("skip" in cert)) cert.cleanup();
  });

  test("a host signed by an unknown CA fails at once with advice to pass caFile", { skip }, async () => {
    const client = simClient(sim!, credentialOf(sim!, "tenant"));
    await assert.rejects(client.whoami(), (e: unknown) => {
      assert.ok(e instanceof ConnectionError, String(e));
      assert.match(e.message, /caFile/);
      assert.equal(e.retryable, false);
      return true;
    });
    assert.equal(client.stats.retries, 0);
  });

  test("the same host works once its CA is given with caFile", { skip }, async () => {
    if ("skip" in cert) return;
    assert.equal(await roundTrip(sim!, { caFile: cert.certFile }), 5);
  });

  test("through an HTTPS_PROXY tunnel the target is verified with the extra CA too", { skip }, async () => {
    if ("skip" in cert) return;
    const proxy = await startTestProxy();
    after(() => proxy.close());
    process.env["HTTPS_PROXY"] = proxy.url;
    assert.equal(await roundTrip(sim!, { caFile: cert.certFile }), 5);
    assert.ok(proxy.targets.includes(new URL(sim!.apiUrl).host));
  });

  test("an unreadable CA file is refused up front, naming the file", () => {
    assert.throws(
      () =>
        new CentralClient({
          clientId: "c",
          clientSecret: "secret-for-ca-test",
          caFile: "/nonexistent/ca.pem",
        }),
      (e: unknown) => e instanceof InvalidOptionError && /\/nonexistent\/ca\.pem/.test(e.message),
    );
  });
});
