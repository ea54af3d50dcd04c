import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { AuthenticationError, type CentralClient } from "../../central/index.js";
import type { DashboardContext } from "../dashboard-types.js";
import { registerSecret } from "../../util/redact.js";
import { LiveFetchCache, type LiveFetchSource } from "./live-fetch-cache.js";
import type { LiveProgress } from "./live-state.js";

interface TestProgress extends LiveProgress {
  things: number;
}

const AT = new Date("2026-06-01T12:00:00.000Z");

/** A context whose `central()` resolves to a stand-in: the source under test never calls it. */
function contextWith(central: () => Promise<CentralClient>): DashboardContext {
  return { store: undefined as never, actor: "dashboard:test", now: () => AT, central };
}
const someClient = async (): Promise<CentralClient> => ({}) as CentralClient;

/** A source whose fetch waits until the test releases it, so "running" can be observed. */
function gatedSource(): {
  source: LiveFetchSource<string, TestProgress>;
  release: (outcome: Error | string) => void;
} {
  let release: (outcome: Error | string) => void = () => {};
  const source: LiveFetchSource<string, TestProgress> = {
    startProgress: (common) => ({ ...common, things: 0 }),
    fetch: (_client, progress) =>
      new Promise((resolve, reject) => {
        progress.things += 1;
        release = (outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome));
      }),
  };
  return { source, release: (outcome) => release(outcome) };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("LiveFetchCache", () => {
  test("one fetch at a time: a second start returns the running progress and starts nothing", async () => {
    const { source, release } = gatedSource();
    const cache = new LiveFetchCache(source);
    const context = contextWith(someClient);
    assert.equal(cache.start(context), undefined);
    await settle();
    const running = cache.start(context);
    assert.deepEqual(running, { startedAt: AT, tenantsTotal: undefined, tenantsDone: 0, things: 1 });
    assert.equal(cache.state().running, running);
    release("snapshot-1");
    await settle();
    assert.deepEqual(cache.state(), { snapshot: "snapshot-1", running: undefined, problem: undefined });
  });

  test("a failed fetch keeps the last snapshot and records a redacted problem; a later success clears it", async () => {
    registerSecret("live-cache-s3cret-value");
    const { source, release } = gatedSource();
    const cache = new LiveFetchCache(source);
    const context = contextWith(someClient);
    cache.start(context);
    await settle();
    release("first");
    await settle();
    cache.start(context);
    await settle();
    release(new Error("tenant listing failed near live-cache-s3cret-value"));
    await settle();
    const failed = cache.state();
    assert.equal(failed.snapshot, "first");
    assert.equal(failed.problem?.credentials, false);
    assert.ok(!failed.problem?.message.includes("live-cache-s3cret-value"), "the secret reached the page");
    assert.match(failed.problem?.message ?? "", /tenant listing failed/);
    cache.start(context);
    await settle();
    release("second");
    await settle();
    assert.deepEqual(cache.state(), { snapshot: "second", running: undefined, problem: undefined });
  });

  test("no client, or credentials refused mid-fetch, is a credentials problem", async () => {
    const noClient = new LiveFetchCache(gatedSource().source);
    noClient.start(contextWith(async () => Promise.reject(new Error("No Sophos Central credentials"))));
    await settle();
    assert.equal(noClient.state().problem?.credentials, true);
    assert.equal(noClient.state().running, undefined);

    const { source, release } = gatedSource();
    const refused = new LiveFetchCache(source);
    refused.start(contextWith(someClient));
    await settle();
    release(new AuthenticationError("401 from the token service"));
    await settle();
    assert.equal(refused.state().problem?.credentials, true);
  });
});
