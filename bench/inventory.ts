/**
 * Inventory benchmark (run: `npm run bench:inventory`, needs `npm run build` first for part 2).
 *
 * Part 1: 50 tenants x 2,000 endpoints behind 50 ms of simulated latency, read by the library with
 * view=full. Prints wall time, requests, endpoints/s and the lower bound that latency and paging
 * allow; target: within 1.5x of that bound.
 * Part 2: 1,000,000 endpoints streamed to NDJSON by the real `centralctl inventory` binary; prints its
 * peak RSS; target: under 300 MB.
 *
 * The simulator always runs in a child process so that its CPU and memory are not counted as ours.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
// The compiled library, as users run it (`npm run build` first); tsx compiling on first use would be timed otherwise.
import { CentralClient } from "../dist/central/index.js";
import type { Tenant } from "../dist/central/types.js";

const TENANTS = 50;
const ENDPOINTS = 2_000;
const LATENCY_MS = 50;
const PAGE_SIZE = 500; // the largest page the API serves for endpoints
const VIEW = (process.env.BENCH_VIEW ?? "full") as "basic" | "summary" | "full";
const STREAM_TENANTS = 10;
const STREAM_ENDPOINTS = 100_000;

interface SimHandle {
  info: {
    idUrl: string;
    apiUrl: string;
    credentials: Array<{ kind: string; clientId: string; clientSecret: string }>;
  };
  child: ChildProcess;
}

async function startSim(args: string[]): Promise<SimHandle> {
  const child = spawn(process.execPath, ["dist/cli/main.js", "sim", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  return { info: JSON.parse(first) as SimHandle["info"], child };
}

async function partOne(): Promise<boolean> {
  const sim = await startSim([
    "--tenants",
    `${TENANTS}`,
    "--endpoints",
    `${ENDPOINTS}`,
    "--latency-ms",
    `${LATENCY_MS}`,
  ]);
  const partner = sim.info.credentials.find((c) => c.kind === "partner")!;
  const concurrency = 64;
  // Warm the JIT (undici, JSON paths) with one tenant's listing on a throwaway client, so the timed
  // run measures latency and paging rather than the first moments of a cold process.
  const warm = new CentralClient({ ...partner, idUrl: sim.info.idUrl, apiUrl: sim.info.apiUrl });
  for await (const tenant of warm.listTenants()) {
    for await (const endpoint of warm.forTenant(tenant).endpoints({ view: VIEW, pageSize: PAGE_SIZE }))
      void endpoint;
    break;
  }
  await warm.close();
  const client = new CentralClient({
    ...partner,
    idUrl: sim.info.idUrl,
    apiUrl: sim.info.apiUrl,
    concurrency,
  });
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const tenants: Tenant[] = [];
  for await (const tenant of client.listTenants()) tenants.push(tenant);
  let endpoints = 0;
  await Promise.all(
    tenants.map(async (tenant) => {
      for await (const endpoint of client.forTenant(tenant).endpoints({ view: VIEW, pageSize: PAGE_SIZE })) {
        if (endpoint.id) endpoints += 1;
      }
    }),
  );
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const clientCpuMs = (cpu.user + cpu.system) / 1000;
  const pagesPerTenant = Math.ceil(ENDPOINTS / PAGE_SIZE);
  const waves = Math.ceil(TENANTS / Math.min(concurrency, TENANTS));
  // token + whoami + one tenants page, then each tenant's key-paged chain, which cannot be parallelised.
  const boundMs = (3 + waves * pagesPerTenant) * LATENCY_MS;
  const ratio = wallMs / boundMs;
  console.log(
    `inventory: ${TENANTS} tenants x ${ENDPOINTS} endpoints, ${LATENCY_MS} ms latency, view=${VIEW}`,
  );
  console.log(`  wall time      ${wallMs.toFixed(0)} ms`);
  console.log(
    `  requests       ${client.stats.requests} (retries ${client.stats.retries}), ${(client.stats.bytes / 1e6).toFixed(0)} MB received`,
  );
  console.log(`  endpoints      ${endpoints} (${Math.round(endpoints / (wallMs / 1000))} endpoints/s)`);
  console.log(
    `  client CPU     ${clientCpuMs.toFixed(0)} ms (parsing ${VIEW} records; the simulator serialises in its own process)`,
  );
  console.log(
    `  lower bound    ${boundMs} ms = (3 setup + ${waves} x ${pagesPerTenant} pages) x ${LATENCY_MS} ms`,
  );
  console.log(
    `  ratio          ${ratio.toFixed(2)}x of the bound (target <= 1.5x) ${ratio <= 1.5 ? "PASS" : "FAIL"}`,
  );
  await client.close();
  sim.child.kill("SIGTERM");
  return endpoints === TENANTS * ENDPOINTS && ratio <= 1.5;
}

async function partTwo(): Promise<boolean> {
  const sim = await startSim(["--tenants", `${STREAM_TENANTS}`, "--endpoints", `${STREAM_ENDPOINTS}`]);
  const partner = sim.info.credentials.find((c) => c.kind === "partner")!;
  const started = performance.now();
  const cli = spawn(process.execPath, ["dist/cli/main.js", "inventory", "--output", "ndjson", "--quiet"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      CENTRALCTL_ID_URL: sim.info.idUrl,
      CENTRALCTL_API_URL: sim.info.apiUrl,
      SOPHOS_CLIENT_ID: partner.clientId,
      SOPHOS_CLIENT_SECRET: partner.clientSecret,
      HOME: "/nonexistent-home", // no user config file: credentials from the environment only
    },
  });
  let peakKb = 0;
  const sampler = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${cli.pid}/status`, "utf8");
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process has just exited
    }
  }, 50);
  let lines = 0;
  cli.stdout!.on("data", (chunk: Buffer) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
  });
  const code = await new Promise<number | null>((resolve) => cli.once("exit", resolve));
  clearInterval(sampler);
  const wallMs = performance.now() - started;
  const peakMb = peakKb / 1024;
  console.log(
    `inventory --output ndjson: ${STREAM_TENANTS} tenants x ${STREAM_ENDPOINTS} endpoints (exit ${code})`,
  );
  console.log(
    `  records        ${lines} in ${(wallMs / 1000).toFixed(1)} s (${Math.round(lines / (wallMs / 1000))} endpoints/s)`,
  );
  console.log(`  peak RSS       ${peakMb.toFixed(0)} MB (bound 300 MB) ${peakMb < 300 ? "PASS" : "FAIL"}`);
  sim.child.kill("SIGTERM");
  return code === 0 && lines === STREAM_TENANTS * STREAM_ENDPOINTS && peakMb < 300;
}

// BENCH_PART=1 or 2 runs one part alone (e.g. under a profiler).
const part = process.env.BENCH_PART;
const one = part === "2" ? true : await partOne();
const two = part === "1" ? true : await partTwo();
const ok = one && two;
process.exit(ok ? 0 : 1);
