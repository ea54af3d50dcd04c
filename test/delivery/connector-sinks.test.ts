import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, before, describe, test } from "node:test";
import { runCli } from "../../src/cli/program.js";
import { verifyWebhookSignature } from "../../src/sinks/webhook/index.js";
import { startSimulator, type RunningSimulator } from "../../src/sim/index.js";
import { startHecSimulator, type HecSimulator } from "../../src/sim/splunk/index.js";
import { runAgainstSim, tempWorkspace } from "../cli/helpers/run-in-process.js";
import { secretFile, startWebhookReceiver } from "./delivery-helpers.js";

describe("connector commands into sinks", () => {
  let sim: RunningSimulator;
  let hec: HecSimulator;

  before(async () => {
    sim = await startSimulator({ seed: 3, tenants: 2, endpointsPerTenant: 25 });
    hec = await startHecSimulator({ keepEvents: true });
  });
  after(async () => {
    await hec.close();
    await sim.close();
  });

  test("inventory --output splunk_trans takes index/sourcetype from the config and time from lastSeenAt", async () => {
    hec.controls.resetStats();
    const workspace = tempWorkspace();
    writeFileSync(
      join(workspace, "config.json"),
      JSON.stringify({ splunk: { url: hec.url, index: "sophos", sourcetype: "sophos:endpoint" } }),
    );
    const result = await runAgainstSim(
      sim,
      ["inventory", "--output", "splunk_trans", "--splunk-token", secretFile(workspace, "t", hec.token)],
      { workspace },
    );
    assert.equal(result.code, 0, result.stderr);
    const endpoints = sim.estate.tenants.flatMap((tenant) => tenant.endpoints);
    assert.equal(hec.stats.uniqueIndexed, endpoints.length);
    const envelope = hec.events().find((e) => (e.event as { id: string }).id === endpoints[0]!.id)!;
    assert.equal(envelope.index, "sophos");
    assert.equal(envelope.sourcetype, "sophos:endpoint");
    assert.equal(envelope.time, Date.parse(endpoints[0]!.lastSeenAt) / 1000);
  });

  test("--output splunk events carry no host/source/sourcetype/index of ours; token from SPLUNK_HEC_TOKEN", async () => {
    hec.controls.resetStats();
    const workspace = tempWorkspace();
    const credential = sim.credentials.find((c) => c.kind === "partner")!;
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let errText = "";
    stderr.on("data", (chunk: Buffer) => (errText += chunk.toString()));
    stdout.resume();
    const code = await runCli(
      [
        "--state",
        join(workspace, "state.db"),
        "--config",
        join(workspace, "config.json"),
        "admins",
        "--output",
        "splunk",
        "--splunk-url",
        hec.url,
        "--splunk-index",
        "ignored",
      ],
      {
        stdout,
        stderr,
        stdinIsTTY: false,
        env: {
          CENTRALCTL_ID_URL: sim.idUrl,
          CENTRALCTL_API_URL: sim.apiUrl,
          SOPHOS_CLIENT_ID: credential.clientId,
          SOPHOS_CLIENT_SECRET: credential.clientSecret,
          SPLUNK_HEC_TOKEN: hec.token,
        },
      },
    );
    assert.equal(code, 0, errText);
    const admins = sim.estate.tenants.reduce((sum, tenant) => sum + tenant.admins.length, 0);
    assert.equal(hec.stats.uniqueIndexed, admins);
    assert.ok(hec.events().every((e) => e.index === undefined && e.sourcetype === undefined));
  });

  test("--output webhook with --webhook-secret-ref signs every request with HMAC-SHA256", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const workspace = tempWorkspace();
      const secret = "whsec-7d1e9c3b5a2f4e60";
      const ref = secretFile(workspace, "hook-secret", secret);
      const result = await runAgainstSim(
        sim,
        ["firewalls", "--output", "webhook", "--webhook-url", receiver.url, "--webhook-secret-ref", ref],
        { workspace },
      );
      assert.equal(result.code, 0, result.stderr);
      const firewalls = sim.estate.tenants.reduce((sum, tenant) => sum + tenant.firewalls.length, 0);
      assert.ok(firewalls > 0);
      assert.equal(receiver.accepted.length, firewalls);
      assert.ok(receiver.requests.every((request) => verifyWebhookSignature(secret, request)));
      assert.ok(!receiver.requests.some((request) => verifyWebhookSignature("wrong-secret", request)));
    } finally {
      await receiver.close();
    }
  });

  test("sink misuse is a usage error: no token, no URL, --out-dir with a sink", async () => {
    const workspace = tempWorkspace();
    const noToken = await runAgainstSim(sim, ["inventory", "--output", "splunk", "--splunk-url", hec.url], {
      workspace,
    });
    assert.equal(noToken.code, 2);
    assert.match(noToken.stderr, /SPLUNK_HEC_TOKEN/);
    const noUrl = await runAgainstSim(sim, ["alerts", "--output", "webhook"], { workspace });
    assert.equal(noUrl.code, 2);
    assert.match(noUrl.stderr, /--webhook-url/);
    const outDir = await runAgainstSim(sim, ["admins", "--output", "splunk", "--out-dir", workspace], {
      workspace,
    });
    assert.equal(outDir.code, 2);
    assert.match(outDir.stderr, /--out-dir/);
  });
});
