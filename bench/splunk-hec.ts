/**
 * Splunk HEC benchmark: `npx tsx bench/splunk-hec.ts [--records N]` (default 1,000,000).
 *
 * 1. The Splunk sink sends N inventory-like records (~950 B each) to the HEC simulator, without and
 *    with indexer acknowledgement (memory spool). Prints events/s, wall time, the sender's peak RSS
 *    and both processes' CPU time.
 * 2. The simulator's ceiling, measured apart from the sink: pre-built batches blasted over HTTP by a
 *    minimal client, and the same batches handed to the route handler without any socket.
 * 3. The sender's ceiling: envelopes built (JSON + hash) with no I/O.
 * A side whose CPU time is close to the wall time was saturating its core: that is the bottleneck.
 * The simulator runs in a child process so its CPU and memory are not counted as the sender's.
 */
import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Agent, request } from "undici";
import { createMemorySpool, createSplunkSink } from "../src/sinks/splunk/index.js";
import { createEnvelopeBuilder } from "../src/sinks/splunk/hec-envelope.js";
import type { HecSimStats } from "../src/sim/splunk/index.js";
import { inventoryRecord } from "./splunk-hec-records.js";

const flag = process.argv.indexOf("--records");
const RECORDS = flag > 0 ? Number(process.argv[flag + 1]) : 1_000_000;
const PER_REQUEST = 500;
const CHILD = fileURLToPath(new URL("./splunk-hec-simulator-child.ts", import.meta.url));

interface Sim {
  url: string;
  token: string;
  child: ChildProcess;
  ask<T>(message: object): Promise<T>;
}
interface SimStats {
  stats: HecSimStats;
  cpuMs: number;
  maxRssMb: number;
}

async function startSim(ack: boolean): Promise<Sim> {
  const child = fork(CHILD, ack ? ["--ack"] : [], { execArgv: ["--import", "tsx"] });
  const [ready] = (await once(child, "message")) as [{ url: string; token: string }];
  const ask = async <T>(message: object): Promise<T> => {
    child.send(message);
    return ((await once(child, "message")) as [T])[0];
  };
  return { url: ready.url, token: ready.token, child, ask };
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const rate = (events: number, ms: number): string =>
  `${Math.round(events / (ms / 1000)).toLocaleString("en")} events/s`;
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function sinkPhase(ack: boolean): Promise<void> {
  const sim = await startSim(ack);
  const simBefore = await sim.ask<SimStats>({ type: "stats" });
  const spool = createMemorySpool();
  const sink = createSplunkSink({
    url: sim.url,
    token: sim.token,
    spool,
    ack,
    ackPollMinMs: 50,
    timeField: "lastSeenAt",
  });
  const cpuBefore = cpuMs();
  const started = performance.now();
  for (let i = 0; i < RECORDS; i++) await sink.write(inventoryRecord(i));
  const report = await sink.close();
  const wall = performance.now() - started;
  const senderCpu = cpuMs() - cpuBefore;
  const simAfter = await sim.ask<SimStats>({ type: "stats" });
  sim.child.disconnect();
  const simCpu = simAfter.cpuMs - simBefore.cpuMs;
  console.log(
    `sink -> simulator, ack ${ack ? "on " : "off"}: ${rate(RECORDS, wall)}, wall ${(wall / 1000).toFixed(1)} s`,
  );
  console.log(`  sender: peak RSS ${peakRssMb()} MB (process peak so far), ${cost(senderCpu, wall)}`);
  console.log(`  simulator: peak RSS ${Math.round(simAfter.maxRssMb)} MB, ${cost(simCpu, wall)}`);
  console.log(`  report ${JSON.stringify(report)}; simulator ${JSON.stringify(simAfter.stats)}`);
  const side = senderCpu > simCpu ? "the sender" : "the simulator";
  console.log(
    `  bottleneck: ${side} (more CPU per event; the side that saturates its core first on an idle machine)`,
  );
}

async function simulatorCeiling(): Promise<void> {
  const sim = await startSim(false);
  const bodies = Array.from({ length: 40 }, (_, b) =>
    Array.from({ length: PER_REQUEST }, (_, i) =>
      JSON.stringify({ event: inventoryRecord(b * PER_REQUEST + i), fields: { centralctl_id: `${b}-${i}` } }),
    ).join("\n"),
  );
  const requests = Math.ceil(RECORDS / PER_REQUEST);
  const agent = new Agent({ connections: 8 });
  const headers = { authorization: `Splunk ${sim.token}` };
  let next = 0;
  const before = await sim.ask<SimStats>({ type: "stats" });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < requests) {
        const body = bodies[next++ % bodies.length] ?? "";
        const response = await request(`${sim.url}/services/collector/event`, {
          method: "POST",
          headers,
          body,
          dispatcher: agent,
        });
        await response.body.text();
      }
    }),
  );
  const wall = performance.now() - started;
  const after = await sim.ask<SimStats>({ type: "stats" });
  const simCpu = after.cpuMs - before.cpuMs;
  console.log(
    `simulator ceiling over HTTP (pre-built batches, 8 connections): ${rate(after.stats.indexed, wall)}`,
  );
  console.log(`  simulator: ${cost(simCpu, wall)}, peak RSS ${Math.round(after.maxRssMb)} MB`);
  const local = await sim.ask<{ events: number; ms: number }>({
    type: "ingest",
    requests,
    perRequest: PER_REQUEST,
  });
  console.log(`simulator ceiling without sockets (route handler only): ${rate(local.events, local.ms)}`);
  await agent.close();
  sim.child.disconnect();
}

function senderCeiling(): void {
  const build = createEnvelopeBuilder({
    output: "splunk",
    idField: "centralctl_id",
    timeField: "lastSeenAt",
  });
  let cpu = cpuMs();
  for (let i = 0; i < RECORDS; i++) inventoryRecord(i);
  const generate = cpuMs() - cpu;
  cpu = cpuMs();
  const started = performance.now();
  let bytes = 0;
  for (let i = 0; i < RECORDS; i++) bytes += build(inventoryRecord(i)).length;
  const wall = performance.now() - started;
  const used = cpuMs() - cpu;
  console.log(
    `sender ceiling without I/O (record + envelope + id hash): ${rate(RECORDS, wall)}, ${Math.round(bytes / RECORDS)} B/event`,
  );
  console.log(
    `  ${cost(used, wall)}, of which ${((generate * 1000) / RECORDS).toFixed(1)} µs/event is the benchmark making records`,
  );
}

/** CPU time as µs per record (independent of how busy the machine is) and as share of one core. */
function cost(cpu: number, wall: number): string {
  return `CPU ${((cpu * 1000) / RECORDS).toFixed(1)} µs/event, ${Math.round((cpu / wall) * 100)}% of one core`;
}

const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(" ");
console.log(`Splunk HEC benchmark: ${RECORDS.toLocaleString("en")} records, node ${process.version}`);
console.log(
  `machine: ${availableParallelism()} cores, load average ${load}; sender RSS at start ${peakRssMb()} MB`,
);
await sinkPhase(false);
await sinkPhase(true);
await simulatorCeiling();
senderCeiling();
