/**
 * Simulator estate generation benchmark: time and heap for a large generated estate, and the cost of
 * rendering one full-view page. Prints figures; asserts nothing.
 *
 * Run: `node --expose-gc --import tsx bench/sim-generate.ts [tenants] [endpointsPerTenant]`
 * (default 10 x 100,000 = 1,000,000 endpoints).
 */
import { generateEstate } from "../src/sim/index.js";
import { renderEndpoints } from "../src/sim/central/endpoints/render-endpoint.js";

const tenants = Number(process.argv[2] ?? 10);
const perTenant = Number(process.argv[3] ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;

const heapMb = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
};

const before = heapMb();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const estate = generateEstate({ seed: 1, tenants, endpointsPerTenant: perTenant, now: Date.now() });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const after = heapMb();
const total = estate.tenants.reduce((sum, t) => sum + t.endpoints.length, 0);
console.log(`generate: ${tenants} tenants x ${perTenant} endpoints = ${total} endpoints`);
console.log(
  `  time           ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (${Math.round(total / seconds)} endpoints/s)`,
);
console.log(
  `  heap           ${(after - before).toFixed(0)} MB (${(((after - before) * 1_048_576) / total).toFixed(0)} bytes/endpoint)${gc ? "" : " (run with --expose-gc for exact figures)"}`,
);

const tenant = estate.tenants[0]!;
const page = tenant.endpoints.slice(0, 500);
const now = Date.now();
for (let i = 0; i < 20; i++) renderEndpoints(page, { tenantId: tenant.id, view: "full", now });
const renderStart = performance.now();
let bytes = 0;
const rounds = 100;
for (let i = 0; i < rounds; i++) {
  bytes = JSON.stringify(renderEndpoints(page, { tenantId: tenant.id, view: "full", now })).length;
}
const perPageMs = (performance.now() - renderStart) / rounds;
console.log(
  `render: one full-view page of 500 endpoints = ${(bytes / 1024).toFixed(0)} KiB JSON in ${perPageMs.toFixed(2)} ms`,
);
