import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { TokenCache, type CachedToken } from "./token-cache.js";

function fakeIssuer(now: () => number, ttlMs = 3_600_000) {
  let issued = 0;
  return {
    get issued() {
      return issued;
    },
    fetch: async (): Promise<CachedToken> => {
      issued += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return { accessToken: `token-${issued}`, expiresAt: now() + ttlMs };
    },
  };
}

describe("TokenCache", () => {
  test("reuses a token until the renewal margin before expiry", async () => {
    let clock = 1_000_000;
    const now = () => clock;
    const cache = new TokenCache({ marginMs: 60_000, now });
    const issuer = fakeIssuer(now);
    const key = TokenCache.key("https://id", "client");
    assert.equal(await cache.get(key, issuer.fetch), "token-1");
    clock += 3_600_000 - 60_001;
    assert.equal(await cache.get(key, issuer.fetch), "token-1");
    clock += 1;
    assert.equal(await cache.get(key, issuer.fetch), "token-2");
    assert.equal(issuer.issued, 2);
  });

  test("a token shorter-lived than twice the margin is renewed at half-life, not on every call", async () => {
    let clock = 0;
    const now = () => clock;
    const cache = new TokenCache({ marginMs: 60_000, now });
    const issuer = fakeIssuer(now, 10_000);
    assert.equal(await cache.get("k", issuer.fetch), "token-1");
    clock = 4_999;
    assert.equal(await cache.get("k", issuer.fetch), "token-1");
    clock = 5_000;
    assert.equal(await cache.get("k", issuer.fetch), "token-2");
  });

  test("concurrent callers share one token request", async () => {
    const cache = new TokenCache();
    const issuer = fakeIssuer(Date.now);
    const key = TokenCache.key("https://id", "client");
    const tokens = await Promise.all(Array.from({ length: 50 }, () => cache.get(key, issuer.fetch)));
    assert.equal(issuer.issued, 1);
    assert.ok(tokens.every((t) => t === "token-1"));
  });

  test("keeps tokens apart per idUrl and client id", async () => {
    const cache = new TokenCache();
    const issuer = fakeIssuer(Date.now);
    await cache.get(TokenCache.key("https://id-a", "client"), issuer.fetch);
    await cache.get(TokenCache.key("https://id-b", "client"), issuer.fetch);
    await cache.get(TokenCache.key("https://id-a", "other"), issuer.fetch);
    assert.equal(issuer.issued, 3);
  });

  test("invalidating a rejected token renews once, and a stale rejection keeps the new token", async () => {
    const cache = new TokenCache();
    const issuer = fakeIssuer(Date.now);
    const key = "k";
    const first = await cache.get(key, issuer.fetch);
    cache.invalidate(key, first);
    const second = await cache.get(key, issuer.fetch);
    cache.invalidate(key, first);
    assert.equal(await cache.get(key, issuer.fetch), second);
    assert.equal(issuer.issued, 2);
  });

  test("a failed fetch is not cached, so the next caller tries again", async () => {
    const cache = new TokenCache();
    let calls = 0;
    const failing = async (): Promise<CachedToken> => {
      calls += 1;
      throw new Error("token service down");
    };
    await assert.rejects(Promise.all([cache.get("k", failing), cache.get("k", failing)]), /down/);
    await assert.rejects(cache.get("k", failing), /down/);
    assert.equal(calls, 2);
  });
});
