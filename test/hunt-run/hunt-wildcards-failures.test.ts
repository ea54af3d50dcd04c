// Wildcards, malformed input and runs that do not succeed, against the simulator over real HTTP.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { IndicatorInputError, parseIocJson } from "../../src/hunt/index.js";
import { runHunt } from "../../src/hunt/runner/index.js";
import { startHuntSim, type HuntSim } from "./helpers/hunt-sim.js";

let h: HuntSim;
before(async () => {
  h = await startHuntSim({ tenants: 2 });
});
after(() => h.close());

const FAST = { initialMs: 20, factor: 1.25, maxMs: 100 };
const iocs = (entries: Array<[string, string]>) =>
  parseIocJson(
    JSON.stringify({ ioc_data: entries.map(([t, d]) => ({ indicator_type: t, data: d })) }),
    "test",
  ).indicators;
const planted = (type: string) => h.planted.find((p) => p.type === type)!;

describe("wildcards", () => {
  test("'_' in a wildcard is literal: mimikatz_x64% matches the planted file, not mimikatzAx64.exe", async () => {
    const indicators = iocs([["filename", "mimikatz_x64%"]]);
    assert.equal(indicators[0]!.match, "wildcard");
    const result = await runHunt(h.client, h.tenants, indicators, { api: "xdr", poll: FAST });
    assert.deepEqual(
      [...new Set(result.hits.map((x) => x.endpointId))].sort(),
      planted("filename")
        .endpoints.map((e) => e.endpointId)
        .sort(),
    );
    assert.ok(result.hits.every((x) => x.where === "mimikatz_x64.exe" && x.indicator === "mimikatz_x64%"));
  });

  test("a path wildcard matches on both APIs and reports the full path found", async () => {
    const indicators = iocs([["pathname", "C:\\Windows\\Temp\\drop%"]]);
    const result = await runHunt(h.client, h.tenants, indicators, { api: "both", poll: FAST });
    assert.equal(result.hits.length, planted("pathname").endpoints.length);
    assert.ok(result.hits.every((x) => x.where === "C:\\Windows\\Temp\\dropper.dll"));
    assert.ok(result.hits.some((x) => x.api === "ld+xdr"));
  });
});

describe("bad input and bad runs", () => {
  test("a malformed indicator is rejected naming the entry", () => {
    assert.throws(
      () =>
        iocs([
          ["sha256", planted("sha256").value],
          ["ip", "999.1.1.1"],
        ]),
      (error: unknown) => error instanceof IndicatorInputError && /ioc_data\[1\]/.test(error.message),
    );
  });

  test("a Data Lake run that fails is reported for its tenant and the others still hunt", async () => {
    const first = h.tenants[0]!;
    h.sim.controls.script(
      "GET /xdr-query/v1/queries/runs/{runId}",
      [{ status: 200, body: { id: "x", status: "finished", result: "failed" } }],
      { tenantId: first.id },
    );
    const result = await runHunt(h.client, h.tenants, iocs([["md5", planted("md5").value]]), {
      api: "xdr",
      poll: FAST,
    });
    assert.equal(result.failures.length, 1);
    assert.equal(result.failures[0]!.tenantId, first.id);
    assert.match(result.failures[0]!.message, /failed/);
    const second = planted("md5").endpoints.filter((e) => e.tenantId !== first.id);
    assert.deepEqual(result.hits.map((x) => x.endpointId).sort(), second.map((e) => e.endpointId).sort());
  });

  test("a run that outlives the hunt's deadline is reported as timed out", async () => {
    const result = await runHunt(h.client, h.tenants.slice(0, 1), iocs([["md5", planted("md5").value]]), {
      api: "xdr",
      poll: FAST,
      runTimeoutMs: 5,
    });
    assert.equal(result.hits.length, 0);
    assert.match(result.failures[0]?.message ?? "", /timedOut/);
  });

  test("aborting a hunt cancels the Data Lake runs it started", async () => {
    const before = h.sim.stats.byRoute["POST /xdr-query/v1/queries/runs/{runId}/cancel"] ?? 0;
    const controller = new AbortController();
    const hunt = runHunt(h.client, h.tenants, iocs([["md5", planted("md5").value]]), {
      api: "xdr",
      poll: { initialMs: 1000, factor: 1, maxMs: 1000 },
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(hunt);
    const canceled = (h.sim.stats.byRoute["POST /xdr-query/v1/queries/runs/{runId}/cancel"] ?? 0) - before;
    assert.equal(canceled, h.tenants.length);
  });
});
