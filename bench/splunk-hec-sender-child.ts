/**
 * The sending side of bench/splunk-hec.ts in a process of its own, so its CPU time and peak RSS are
 * exactly the sender's (not the orchestrator's, not an earlier phase's). Arguments:
 *   <url> <token> <records> <ack: on|off> <spool: sqlite|memory>
 * Sends `records` inventory records through the Splunk sink, spooling into a throwaway SQLite state
 * store (what `centralctl ... --output splunk` does) or in memory, then measures what making the
 * synthetic records alone costs, and reports to the parent over IPC:
 *   -> { type: "done", wallMs, cpuMs, kernelMs, recordCpuUs, maxRssMb, report }
 * Run it only through the benchmark: `npx tsx bench/splunk-hec.ts`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMemorySpool, createSplunkSink, type SpoolRepository } from "../src/sinks/splunk/index.js";
import { openStore } from "../src/store/index.js";
import { inventoryRecord } from "./splunk-hec-records.js";

if (!process.send) {
  console.error("splunk-hec-sender-child.ts is started by bench/splunk-hec.ts; run that instead.");
  process.exit(2);
}
const [url = "", token = "", count = "0", ackFlag = "off", spoolKind = "sqlite"] = process.argv.slice(2);
const records = Number(count);
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const dir = mkdtempSync(join(tmpdir(), "centralctl-bench-"));
const store = spoolKind === "sqlite" ? openStore(join(dir, "state.db")) : undefined;
const spool: SpoolRepository = store?.spool ?? createMemorySpool();
try {
  const sink = createSplunkSink({
    url,
    token,
    spool,
    ack: ackFlag === "on",
    ackPollMinMs: 50,
    timeField: "lastSeenAt",
  });
  const cpuBefore = cpuMs();
  const kernelBefore = process.cpuUsage().system;
  const started = performance.now();
  for (let i = 0; i < records; i++) await sink.write(inventoryRecord(i));
  const report = await sink.close();
  const wallMs = performance.now() - started;
  const used = cpuMs() - cpuBefore;
  const kernelMs = (process.cpuUsage().system - kernelBefore) / 1000;

  // What the benchmark's record source costs inside that figure (a real run parses Central's JSON
  // instead): the same records made again, with nothing sent.
  const sample = Math.min(records, 100_000);
  const before = cpuMs();
  let keep = 0;
  for (let i = 0; i < sample; i++) keep += inventoryRecord(i)["online"] ? 1 : 0;
  const recordCpuUs = sample > 0 && keep >= 0 ? ((cpuMs() - before) * 1000) / sample : 0;

  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.send({ type: "done", wallMs, cpuMs: used, kernelMs, recordCpuUs, maxRssMb, report });
} finally {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
}
process.disconnect();
