// IOC hunts over real HTTP against the simulator's telemetry: every planted indicator of every type
// is found on exactly the endpoints it was planted on, per API, and nothing else is.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { parseIocJson } from "../../src/hunt/index.js";
import type { Indicator } from "../../src/hunt/indicator.js";
import { runHunt, type HuntHit } from "../../src/hunt/runner/index.js";
import { startHuntSim, type HuntSim } from "./helpers/hunt-sim.js";

let h: HuntSim;
let indicators: Indicator[];
before(async () => {
  h = await startHuntSim();
  const json = JSON.stringify({
    ioc_data: h.planted.map((p) => ({ indicator_type: p.type, data: p.value })),
  });
  indicators = parseIocJson(json, "planted").indicators;
  assert.equal(indicators.length, 11);
});
after(() => h.close());

const FAST = { initialMs: 20, factor: 1.25, maxMs: 100 };
const hitKeys = (hits: readonly HuntHit[]): string[] =>
  hits.map((x) => `${x.indicatorType} ${x.indicator} @ ${x.tenantId}/${x.endpointId} [${x.api}]`).sort();

function expected(
  filter: (e: { online: boolean; ldVisible: boolean }) => boolean,
  api: (e: { ldVisible: boolean }) => string,
): string[] {
  return h.planted
    .flatMap((p) =>
      p.endpoints
        .filter(filter)
        .map((e) => `${p.type} ${p.value} @ ${e.tenantId}/${e.endpointId} [${api(e)}]`),
    )
    .sort();
}

describe("hunting the planted indicators", () => {
  test("the Data Lake finds every planted indicator on every endpoint it was planted on, offline ones included", async () => {
    const result = await runHunt(h.client, h.tenants, indicators, { api: "xdr", poll: FAST });
    assert.deepEqual(result.failures, []);
    assert.deepEqual(
      hitKeys(result.hits),
      expected(
        () => true,
        () => "xdr",
      ),
    );
    assert.ok(
      h.planted.every((p) => p.endpoints.some((e) => !e.online)),
      "some planted endpoints are offline",
    );
    for (const hit of result.hits)
      assert.ok(hit.hostname !== "" && hit.when !== "" && hit.matchedColumn !== "");
  });

  test("Live Discover finds them only on online endpoints within its journal window and lists the offline ones", async () => {
    const result = await runHunt(h.client, h.tenants, indicators, { api: "ld", poll: FAST });
    assert.deepEqual(result.failures, []);
    assert.deepEqual(
      hitKeys(result.hits),
      expected(
        (e) => e.ldVisible,
        () => "ld",
      ),
    );
    const unreachable = new Set(result.unreachable.map((u) => u.endpointId));
    for (const p of h.planted)
      for (const e of p.endpoints) assert.equal(unreachable.has(e.endpointId), !e.online, e.hostname);
  });

  test("--api both merges the two APIs per endpoint", async () => {
    const result = await runHunt(h.client, h.tenants, indicators, { api: "both", poll: FAST });
    assert.deepEqual(result.failures, []);
    assert.deepEqual(
      hitKeys(result.hits),
      expected(
        () => true,
        (e) => (e.ldVisible ? "ld+xdr" : "xdr"),
      ),
    );
  });

  test("--from limits the Data Lake to recent activity", async () => {
    const result = await runHunt(h.client, h.tenants, indicators, { api: "xdr", poll: FAST, from: "P2D" });
    const found = new Set(result.hits.map((x) => x.endpointId));
    for (const p of h.planted) {
      for (const e of p.endpoints) {
        if (e.ldVisible) assert.ok(found.has(e.endpointId), `recent ${e.hostname}`);
        if (e.online && !e.ldVisible) assert.ok(!found.has(e.endpointId), `10 days old ${e.hostname}`);
      }
    }
  });

  test("a large indicator list runs as several queries and the hits are the same", async () => {
    const noise = Array.from({ length: 400 }, (_, i) => ({
      indicator_type: "domain",
      data: `noise-${i}.example.org`,
    }));
    const json = JSON.stringify({
      ioc_data: [...noise, ...h.planted.map((p) => ({ indicator_type: p.type, data: p.value }))],
    });
    const many = parseIocJson(json, "big").indicators;
    const result = await runHunt(h.client, h.tenants, many, {
      api: "xdr",
      poll: FAST,
      maxVariableBytes: 2000,
    });
    assert.ok(result.stats.runs >= h.tenants.length * 5, `only ${result.stats.runs} runs`);
    assert.deepEqual(
      hitKeys(result.hits),
      expected(
        () => true,
        () => "xdr",
      ),
    );
  });
});
