/**
 * Data Lake hunt benchmark (run: `node --import tsx bench/hunt-xdr.ts`). 500 tenants hunted for
 * every planted indicator on XDR while the simulator takes 5 s per query. All runs wait at once, so
 * the wall time should be about one query's duration plus polling slack and result paging; target:
 * within 1.5x of 5 s. Prints wall time, runs, status polls per run and hits.
 *
 * The simulator runs in this process (its CPU counts against the hunt), which makes the figure a
 * conservative one. A first, untimed hunt warms the simulator's per-tenant databases.
 */
import { CentralClient, type Tenant } from "../src/central/index.js";
import { parseIocJson } from "../src/hunt/index.js";
import { runHunt } from "../src/hunt/runner/index.js";
import { generateEstate } from "../src/sim/estate/generate-estate.js";
import { enableTelemetry } from "../src/sim/estate/telemetry/enable-telemetry.js";
import { startSimulator } from "../src/sim/index.js";

const TENANTS = Number(process.env.BENCH_TENANTS ?? 500);
const QUERY_MS = 5000;

const estate = generateEstate({ seed: 3, tenants: TENANTS, endpointsPerTenant: 5 });
const planted = enableTelemetry(estate, { queryDurationMs: QUERY_MS });
const sim = await startSimulator({ estate });
const partner = sim.credentials.find((c) => c.kind === "partner")!;
const client = new CentralClient({
  clientId: partner.clientId,
  clientSecret: partner.clientSecret,
  idUrl: sim.idUrl,
  apiUrl: sim.apiUrl,
  concurrency: 128,
});
const tenants: Tenant[] = [];
for await (const t of client.listTenants()) tenants.push(t);
const iocs = JSON.stringify({ ioc_data: planted.map((p) => ({ indicator_type: p.type, data: p.value })) });
const { indicators } = parseIocJson(iocs, "bench");

// Warm-up (not timed): the simulator builds each tenant's SQLite telemetry on its first query, a
// cost of the simulator rather than of the hunt.
await runHunt(client, tenants, indicators, { api: "xdr", concurrency: TENANTS });

const started = performance.now();
const result = await runHunt(client, tenants, indicators, { api: "xdr", concurrency: TENANTS });
const wallMs = performance.now() - started;
const expectedHits = planted.reduce((n, p) => n + p.endpoints.length, 0);

console.log(`tenants                 ${tenants.length}`);
console.log(`query duration          ${QUERY_MS} ms`);
console.log(
  `wall time               ${wallMs.toFixed(0)} ms (${(wallMs / QUERY_MS).toFixed(2)}x one query; target <= 1.5x)`,
);
console.log(`runs                    ${result.stats.runs}`);
console.log(`status polls per run    ${(result.stats.statusPolls / result.stats.runs).toFixed(2)}`);
console.log(`result pages            ${result.stats.resultPages}`);
console.log(`hits                    ${result.hits.length} (planted ${expectedHits})`);
console.log(`failures                ${result.failures.length}`);
await client.close();
await sim.close();
