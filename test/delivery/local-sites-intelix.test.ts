import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createIntelixProvider, lookUpReputations, ReputationError } from "../../src/local-sites/index.js";
import { startIntelixSimulator, type IntelixSimulator } from "../../src/sim/intelix/index.js";
import { unusedPort } from "../support/unused-port.js";

describe("SophosLabs Intelix provider against the simulator", () => {
  let intelix: IntelixSimulator;
  before(async () => {
    intelix = await startIntelixSimulator({
      known: { "https://bad.example.net": "HIGH" },
      knownIps: { "203.0.113.66": ["malware"], "198.51.100.7": ["clean_mta", "bulk_mta"] },
      tokenTtlSeconds: 600,
    });
  });
  after(() => intelix.close());

  const provider = (extra: { now?: () => number; clientSecret?: string; apiUrl?: string } = {}) =>
    createIntelixProvider({
      apiUrl: extra.apiUrl ?? intelix.url,
      tokenUrl: intelix.tokenUrl,
      clientId: intelix.clientId,
      clientSecret: extra.clientSecret ?? intelix.clientSecret,
      backoffMs: 10,
      ...(extra.now ? { now: extra.now } : {}),
    });

  test("IP addresses use the IP lookup and map their categories to risk levels", async () => {
    const p = provider();
    try {
      const high = await p.lookup({ kind: "ip", value: "203.0.113.66" });
      assert.deepEqual([high.lookup, high.risk, high.categories], ["ip", "HIGH", ["malware"]]);
      const medium = await p.lookup({ kind: "ip", value: "198.51.100.7" });
      assert.equal(medium.risk, "MEDIUM", "the highest of several categories wins");
      const url = await p.lookup({ kind: "url", value: "https://bad.example.net" });
      assert.deepEqual([url.lookup, url.risk], ["url", "HIGH"]);
      assert.equal(intelix.stats.lookupsByIp.get("203.0.113.66"), 1);
    } finally {
      await p.close();
    }
  });

  test("one token serves every lookup until it expires, then a new one is fetched", async () => {
    let clock = Date.now();
    const p = provider({ now: () => clock });
    const tokensBefore = intelix.stats.tokens;
    const failuresBefore = intelix.stats.authFailures;
    try {
      const targets = Array.from({ length: 20 }, (_, i) => ({
        kind: "url" as const,
        value: `https://site-${i}.example.com`,
        key: `url:${i}`,
      }));
      await lookUpReputations(p, targets);
      assert.equal(intelix.stats.tokens - tokensBefore, 1, "20 lookups, one token");
      clock += 600_000;
      await p.lookup({ kind: "url", value: "https://after-expiry.example.com" });
      assert.equal(intelix.stats.tokens - tokensBefore, 2, "renewed at expiry");
      assert.equal(intelix.stats.authFailures, failuresBefore, "renewed before the server refused it");
    } finally {
      await p.close();
    }
  });

  test("a 401 renews the token once, shared by every lookup in flight", async () => {
    const p = provider();
    try {
      await p.lookup({ kind: "url", value: "https://warm-up.example.com" });
      const tokensBefore = intelix.stats.tokens;
      intelix.expireTokens();
      const targets = Array.from({ length: 8 }, (_, i) => ({
        kind: "ip" as const,
        value: `192.0.2.${i + 1}`,
        key: `ip:${i}`,
      }));
      const results = await lookUpReputations(p, targets);
      assert.equal([...results.values()].filter((r) => r instanceof Error).length, 0);
      assert.equal(intelix.stats.tokens - tokensBefore, 1, "one renewal for all eight 401s");
    } finally {
      await p.close();
    }
  });

  test("429 waits the Retry-After the service asks for, then succeeds", async () => {
    const p = provider();
    try {
      await p.lookup({ kind: "url", value: "https://warm-up-2.example.com" });
      intelix.rateLimitNext(1, 1);
      const started = Date.now();
      const answer = await p.lookup({ kind: "url", value: "https://bad.example.net" });
      assert.equal(answer.risk, "HIGH");
      assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
    } finally {
      await p.close();
    }
  });

  test("a Retry-After longer than allowed fails that lookup with a clear rate-limit error", async () => {
    const p = createIntelixProvider({
      apiUrl: intelix.url,
      tokenUrl: intelix.tokenUrl,
      clientId: intelix.clientId,
      clientSecret: intelix.clientSecret,
      maxRetryAfterMs: 500,
    });
    try {
      intelix.rateLimitNext(1, 30);
      await assert.rejects(
        p.lookup({ kind: "url", value: "https://slow.example.com" }),
        (error: unknown) =>
          error instanceof ReputationError &&
          error.kind === "rate-limited" &&
          /Retry-After 30 s/.test(error.message),
      );
    } finally {
      await p.close();
    }
  });

  test("wrong credentials are a fatal error naming the token endpoint, never the secret", async () => {
    const p = provider({ clientSecret: "wrong-secret-value-42" });
    try {
      await assert.rejects(
        lookUpReputations(p, [{ kind: "url", value: "x.example.com", key: "u" }]),
        (error) => {
          assert.ok(error instanceof ReputationError && error.fatal && error.kind === "credentials");
          assert.match(error.message, /refused the client credentials/);
          assert.ok(!error.message.includes("wrong-secret-value-42"));
          return true;
        },
      );
    } finally {
      await p.close();
    }
  });

  test("a service that is down fails each lookup as unavailable and stops trying after a few", async () => {
    const closed = await unusedPort();
    const p = createIntelixProvider({
      apiUrl: `http://127.0.0.1:${closed}`,
      tokenUrl: `http://127.0.0.1:${closed}/oauth2/token`,
      clientId: "id",
      clientSecret: "secret-down-0001",
      backoffMs: 1,
    });
    try {
      const targets = Array.from({ length: 30 }, (_, i) => ({
        kind: "url" as const,
        value: `https://s${i}.example.com`,
        key: `k${i}`,
      }));
      const results = await lookUpReputations(p, targets, { concurrency: 1 });
      const messages = [...results.values()].map((r) => (r instanceof Error ? r.message : "ok"));
      assert.equal(messages.length, 30);
      assert.match(messages[0]!, /unreachable .*ECONNREFUSED/);
      assert.match(messages[29]!, /not looked up: SophosLabs Intelix failed 5 lookups in a row/);
    } finally {
      await p.close();
    }
  });
});
