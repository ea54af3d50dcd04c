/**
 * The HEC simulator as a child process of bench/splunk-hec.ts, so its CPU and memory are measured
 * apart from the sender's. Talks to the parent over the fork IPC channel:
 *   -> { type: "ready", url, token }                    once listening
 *   <- { type: "stats" }     -> { type: "stats", stats, cpuMs, kernelMs, maxRssMb }
 *   <- { type: "ingest", requests, perRequest }  -> { type: "ingest", events, ms }
 * "ingest" measures the simulator's own ceiling: pre-built bodies handed straight to the route
 * handler, no sockets and no HTTP parsing.
 * Run it only through the benchmark: `npx tsx bench/splunk-hec.ts`.
 */
import { createHecSimState, handleHecRequest, startHecSimulator } from "../src/sim/splunk/index.js";
import { inventoryRecord } from "./splunk-hec-records.js";

type Request = { type: "stats" } | { type: "ingest"; requests: number; perRequest: number };

if (!process.send) {
  console.error("splunk-hec-simulator-child.ts is started by bench/splunk-hec.ts; run that instead.");
  process.exit(2);
}
const send = (message: object): void => void process.send?.(message);
const ack = process.argv.includes("--ack");
const hec = await startHecSimulator({ ackEnabled: ack, keepEvents: false });

function ingestLocally(requests: number, perRequest: number): { events: number; ms: number } {
  const state = createHecSimState({ token: "bench", keepEvents: false });
  const headers = { authorization: "Splunk bench" };
  const bodies = Array.from({ length: 40 }, (_, b) =>
    Array.from({ length: perRequest }, (_, i) =>
      JSON.stringify({
        event: inventoryRecord(b * perRequest + i),
        fields: { centralctl_id: `id-${b}-${i}` },
      }),
    ).join("\n"),
  );
  const started = performance.now();
  for (let r = 0; r < requests; r++) {
    const body = bodies[r % bodies.length] ?? "";
    const reply = handleHecRequest(state, {
      method: "POST",
      url: "/services/collector/event",
      headers,
      body,
    });
    if (reply.status !== 200) throw new Error(`ingest failed: ${JSON.stringify(reply.body)}`);
  }
  return { events: state.indexed, ms: performance.now() - started };
}

process.on("message", (message: Request) => {
  if (message.type === "stats") {
    const cpu = process.cpuUsage();
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const kernelMs = cpu.system / 1000;
    send({
      type: "stats",
      stats: hec.stats,
      cpuMs,
      kernelMs,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    });
  } else if (message.type === "ingest") {
    send({ type: "ingest", ...ingestLocally(message.requests, message.perRequest) });
  }
});
process.on("disconnect", () => void hec.close().then(() => process.exit(0)));
send({ type: "ready", url: hec.url, token: hec.token });
