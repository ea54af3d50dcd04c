import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { createSplunkSink } from "../../src/sinks/splunk/index.js";
import { startHecSimulator } from "../../src/sim/splunk/index.js";
import { openStore } from "../../src/store/index.js";
import { eventIds, waitFor } from "./hec-test-helpers.js";

const CHILD = fileURLToPath(new URL("./fixtures/hec-sender-child.ts", import.meta.url));

test("a sender killed with SIGKILL before acknowledgements loses nothing and duplicates nothing after restart", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "centralctl-hec-kill-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const statePath = join(dir, "state.db");
  const hec = await startHecSimulator({ ackEnabled: true, ackDelayMs: 3_600_000 });
  t.after(() => hec.close());

  const child = spawn(process.execPath, ["--import", "tsx", CHILD, hec.url, hec.token, statePath, "1000"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  t.after(() => child.kill("SIGKILL"));
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(
    () => output.includes("written") && hec.stats.indexed === 1000,
    "the child to send everything",
    20_000,
  );
  child.kill("SIGKILL");
  await once(child, "exit");
  assert.equal(hec.stats.acksPending, 20, "no batch was acknowledged before the kill");

  hec.controls.setAckDelay(0);
  const store = openStore(statePath);
  t.after(() => store.close());
  assert.equal(await store.spool.count("hec"), 20, "the killed run left every batch in the spool");
  const sink = createSplunkSink({
    url: hec.url,
    token: hec.token,
    spool: store.spool,
    ack: true,
    queue: "hec",
    ackPollMinMs: 5,
  });
  const report = await sink.close();

  assert.deepEqual(report, { delivered: 1000, resent: 1000, failed: 0, spooled: 0 });
  assert.equal(hec.stats.uniqueIndexed, 1000, "exactly the 1000 distinct events");
  assert.equal(eventIds(hec).size, 1000, "none missing");
  assert.equal(await store.spool.count("hec"), 0);
});
