import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { startHecSimulator, type HecSimulator } from "../../src/sim/splunk/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { alertIdsWithin, secretFile, startWebhookReceiver } from "./delivery-helpers.js";

const DAYS = 30;

describe("alerts --poll into Splunk HEC and webhooks", () => {
  let sim: RunningSimulator;
  let hec: HecSimulator;

  before(async () => {
    sim = await startSimulator({ seed: 11, tenants: 3, endpointsPerTenant: 40 });
    hec = await startHecSimulator({ ackEnabled: true, ackDelayMs: 5, keepEvents: true });
  });
  after(async () => {
    await hec.close();
    await sim.close();
  });

  const pollInto = (workspace: string, tokenRef: string, extra: string[] = []) =>
    runAgainstSim(
      sim,
      [
        "alerts",
        "--poll",
        "--days",
        String(DAYS),
        "--output",
        "splunk",
        "--splunk-url",
        hec.url,
        "--splunk-token",
        tokenRef,
        "--sink-retries",
        "0",
        ...extra,
      ],
      { workspace },
    );
  const indexedIds = (): string[] => hec.events().map((envelope) => (envelope.event as { id: string }).id);

  test("three polls over a changing estate index every alert exactly once, at its raisedAt", async () => {
    hec.controls.resetStats();
    const workspace = tempWorkspace();
    const token = secretFile(workspace, "hec-token", hec.token);
    const expected = alertIdsWithin(sim, DAYS);
    // With indexer acknowledgement: events leave the spool only once Splunk confirmed them.
    const first = await pollInto(workspace, token, ["--splunk-ack"]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, "", "records go to Splunk, not stdout");
    assert.match(first.stderr, new RegExp(`${expected.length} delivered`));

    for (const tenant of sim.estate.tenants) expected.push(sim.controls.raiseAlert(tenant.id).id);
    const second = await pollInto(workspace, token);
    assert.equal(second.code, 0, second.stderr);
    const third = await pollInto(workspace, token);
    assert.equal(third.code, 0, third.stderr);

    assert.equal(hec.stats.uniqueIndexed, expected.length);
    assert.equal(hec.stats.indexed, expected.length, "no duplicates");
    assert.deepEqual([...indexedIds()].sort(), [...expected].sort());
    const alert = sim.estate.tenants.flatMap((t) => t.alerts).find((a) => a.id === expected[0])!;
    const envelope = hec.events().find((e) => (e.event as { id: string }).id === alert.id)!;
    assert.equal(envelope.time, Date.parse(alert.raisedAt) / 1000, "event time is the alert's raisedAt");
  });

  test("a wrong token fails clearly, keeps the alerts spooled and the next run delivers them", async () => {
    hec.controls.resetStats();
    const workspace = tempWorkspace();
    const expected = alertIdsWithin(sim, DAYS);
    const wrong = await pollInto(
      workspace,
      secretFile(workspace, "bad", "00000000-bad0-token-0000-000000000000"),
    );
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /token/i);
    assert.match(wrong.stderr, /spool/);
    assert.doesNotMatch(wrong.stderr, /bad0-token/, "the token is never shown");
    assert.equal(hec.stats.indexed, 0);

    for (const tenant of sim.estate.tenants) expected.push(sim.controls.raiseAlert(tenant.id).id);
    const good = await pollInto(workspace, secretFile(workspace, "good", hec.token));
    assert.equal(good.code, 0, good.stderr);
    assert.equal(hec.stats.uniqueIndexed, expected.length);
    assert.equal(hec.stats.indexed, expected.length, "spooled alerts were not fetched and sent again");
  });

  test("an unreachable collector fails the run; nothing is lost once it is back", async () => {
    hec.controls.resetStats();
    const workspace = tempWorkspace();
    const token = secretFile(workspace, "hec-token", hec.token);
    const expected = alertIdsWithin(sim, DAYS);
    hec.controls.setDown(true);
    const down = await pollInto(workspace, token);
    hec.controls.setDown(false);
    assert.equal(down.code, 1);
    assert.match(down.stderr, /did not take the events/);

    for (const tenant of sim.estate.tenants) expected.push(sim.controls.raiseAlert(tenant.id).id);
    const back = await pollInto(workspace, token);
    assert.equal(back.code, 0, back.stderr);
    assert.equal(hec.stats.uniqueIndexed, expected.length);
    assert.equal(hec.stats.indexed, expected.length);
  });

  test("a webhook answering 500 fails the run; the next run delivers every alert once", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const workspace = tempWorkspace();
      const expected = alertIdsWithin(sim, DAYS);
      const args = ["alerts", "--poll", "--days", String(DAYS), "--output", "webhook"];
      const hook = ["--webhook-url", receiver.url, "--sink-retries", "0"];
      receiver.setStatus(500);
      const failed = await runAgainstSim(sim, [...args, ...hook], { workspace });
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /webhook/i);
      assert.match(failed.stderr, /500/);

      receiver.setStatus(200);
      for (const tenant of sim.estate.tenants) expected.push(sim.controls.raiseAlert(tenant.id).id);
      const ok = await runAgainstSim(sim, [...args, ...hook], { workspace });
      assert.equal(ok.code, 0, ok.stderr);
      const ids = receiver.accepted.map((record) => record.id as string);
      assert.deepEqual([...ids].sort(), [...expected].sort(), "every alert once, none twice");
    } finally {
      await receiver.close();
    }
  });
});
