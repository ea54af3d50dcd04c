// `centralctl hunt --output splunk|webhook`: hits go through the same sink plumbing as the
// listings, each delivered once, against the HEC simulator and a local webhook receiver.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startHecSimulator, type HecSimulator } from "../../src/sim/splunk/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { secretFile, startWebhookReceiver } from "../delivery/delivery-helpers.js";
import { startHuntSim, type HuntSim } from "./helpers/hunt-sim.js";

let h: HuntSim;
let hec: HecSimulator;
let iocs: string;
before(async () => {
  h = await startHuntSim({ tenants: 2 });
  hec = await startHecSimulator({ keepEvents: true });
  iocs = JSON.stringify({ ioc_data: h.planted.map((p) => ({ indicator_type: p.type, data: p.value })) });
});
after(async () => {
  await hec.close();
  await h.close();
});

const plantedHits = (): number => h.planted.reduce((n, p) => n + p.endpoints.length, 0);
const hitKey = (e: Record<string, unknown>): string =>
  ["tenantId", "endpointId", "indicatorType", "indicator", "matchedColumn"].map((k) => e[k]).join("|");

describe("hunt hits into sinks", () => {
  test("--output splunk_trans delivers every hit once with the hunt-hits source and sourcetype", async () => {
    hec.controls.resetStats();
    const workspace = tempWorkspace();
    const token = secretFile(workspace, "hec", hec.token);
    const result = await runAgainstSim(
      h.sim,
      [
        "hunt",
        "--iocs",
        iocs,
        "--api",
        "xdr",
        "--output",
        "splunk_trans",
        "--splunk-url",
        hec.url,
        "--splunk-token",
        token,
      ],
      { workspace },
    );
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, "", "hits go to the sink, not stdout");
    assert.match(result.stderr, new RegExp(`Splunk \\(HEC\\) .*: ${plantedHits()} delivered`));
    const events = hec.events().map((e) => e.event as Record<string, unknown>);
    assert.equal(hec.stats.uniqueIndexed, plantedHits());
    assert.equal(new Set(events.map(hitKey)).size, plantedHits());
    const envelope = hec.events()[0]!;
    assert.deepEqual(
      [envelope.source, envelope.sourcetype],
      ["centralctl:hunt-hits", "sophos:central:hunt-hits"],
    );
  });

  test("the HEC event time is the hit's time", async () => {
    hec.controls.resetStats();
    const workspace = tempWorkspace();
    const result = await runAgainstSim(
      h.sim,
      ["hunt", "--iocs", iocs, "--output", "splunk", "--splunk-url", hec.url],
      { workspace, env: { SPLUNK_HEC_TOKEN: hec.token } },
    );
    assert.equal(result.code, 0, result.stderr);
    const sent = hec.events().slice(-plantedHits());
    assert.equal(sent.length, plantedHits());
    for (const envelope of sent) {
      const when = (envelope.event as { when: string }).when;
      assert.equal(envelope.time, Date.parse(when) / 1000);
    }
  });

  test("--output webhook posts every hit once", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const workspace = tempWorkspace();
      const result = await runAgainstSim(
        h.sim,
        ["hunt", "--iocs", iocs, "--api", "both", "--output", "webhook", "--webhook-url", receiver.url],
        { workspace },
      );
      assert.equal(result.code, 0, result.stderr);
      assert.equal(receiver.accepted.length, plantedHits());
      assert.equal(new Set(receiver.accepted.map(hitKey)).size, plantedHits());
    } finally {
      await receiver.close();
    }
  });

  test("a sink without its URL fails before hunting, as a usage error", async () => {
    const workspace = tempWorkspace();
    const before = h.sim.stats.byRoute["POST /xdr-query/v1/queries/runs"] ?? 0;
    const result = await runAgainstSim(h.sim, ["hunt", "--iocs", iocs, "--output", "webhook"], { workspace });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--webhook-url/);
    assert.equal(h.sim.stats.byRoute["POST /xdr-query/v1/queries/runs"] ?? 0, before);
  });
});
