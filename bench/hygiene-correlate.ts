/**
 * Benchmark of the hygiene core: index the directory, correlate Central devices with it and decide
 * every device, at 100k and at 1M devices (with as many directory computers). Data is generated in
 * memory, deterministically: realistic names, FQDNs, mixed case, one name in two domains, re-imaged
 * twins, servers, retired OUs, hosts the directory does not know.
 *
 * Run: npx tsx bench/hygiene-correlate.ts
 * Bound: at 1M, under 10 s and under 2 GB peak RSS (generated data included), and per-device time
 * at 1M at most twice that at 100k (linear growth). Exits 1 when a bound is missed.
 */
import type { Endpoint } from "../src/central/types.js";
import type { DirectoryComputer } from "../src/directory/types.js";
import { buildDirectoryIndex, correlate, decideAll, parsePolicy } from "../src/hygiene/index.js";
import type { Action } from "../src/hygiene/index.js";

const TARGET_MS = 10_000;
const TARGET_RSS_BYTES = 2 * 1024 ** 3;
const NOW = Date.UTC(2024, 5, 1);
const DAY = 86_400_000;
const DOMAINS = ["corp", "lab", "eu"].map((label) => ({
  dns: `${label}.example.com`,
  netbios: label.toUpperCase(),
  dc: `DC=${label},DC=example,DC=com`,
  source: `ldap://dc1.${label}.example.com`,
}));
const PREFIXES = ["LAB-WIN10-", "WS-", "LT-", "SRV-", "KIOSK-", "MAC-", "DEV-", "PC"];
const BUILDS = [19044, 19045, 22621, 22631, 26100];
const RETIRED_OU = "OU=Disabled Computers";
const OS_VERSIONS = BUILDS.map((b) => `10.0 (${b})`);

/** mulberry32: a tiny seeded generator, so every run sees the same estate. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Concatenates into one flat string, as strings parsed from LDAP or JSON are (templates build trees). */
function flat(...parts: string[]): string {
  return parts.join("");
}

function nameOf(i: number): string {
  return flat(PREFIXES[i % PREFIXES.length] as string, i.toString(36).toUpperCase().padStart(5, "0"));
}

function uuid(kind: number, i: number): string {
  return flat(kind.toString(16).padStart(8, "0"), "-0000-4000-8000-", i.toString(16).padStart(12, "0"));
}

function generateDirectory(n: number, rnd: () => number): DirectoryComputer[] {
  const out: DirectoryComputer[] = [];
  for (let i = 0; i < n; i++) {
    // Every 50th name also exists in a second domain: one name in several domains.
    const twinDomain = i % 50 === 1;
    const name = nameOf(twinDomain ? i - 1 : i);
    const d = DOMAINS[(twinDomain ? i + 1 : i) % DOMAINS.length] as (typeof DOMAINS)[number];
    const retired = rnd() < 0.12;
    const build = BUILDS[i % BUILDS.length] as number;
    out.push({
      name,
      dnsHostName: flat(name.toLowerCase(), ".", d.dns),
      distinguishedName: flat("CN=", name, ",", retired ? RETIRED_OU : "OU=Workstations", ",", d.dc),
      domain: d.dns,
      netbiosDomain: d.netbios,
      operatingSystem: "Windows 10 Enterprise",
      operatingSystemVersion: OS_VERSIONS[i % BUILDS.length] as string,
      // 3% of records were re-imaged to a newer build since the agent last reported.
      osBuild: rnd() < 0.03 ? 26100 : build,
      // Retired computers stopped logging on long ago; a few did so recently (a second activity signal).
      lastLogonAt: NOW - Math.floor((retired && rnd() > 0.05 ? 100 + rnd() * 400 : rnd() * 30) * DAY),
      enabled: rnd() > 0.05,
      source: d.source,
    });
  }
  return out;
}

// Constant sub-objects are shared between records so the figures measure hygiene, not the generator.
const osOf = (isServer: boolean, name: string) =>
  BUILDS.map((build) => ({ isServer, platform: "windows" as const, name, build }));
const OS = osOf(false, "Windows 10 Enterprise");
const SERVER_OS = osOf(true, "Windows Server 2022");
const GROUPS = Array.from({ length: 20 }, (_, g) => ({
  id: uuid(3, g),
  name: g ? `Workstations ${g}` : "Update Caches",
}));
const PRODUCTS = [{ code: "coreAgent", version: "2024.1.0.1", status: "installed" }];

function tenantsFor(n: number): Array<{ id: string }> {
  return Array.from({ length: Math.max(1, Math.floor(n / 1000)) }, (_, t) => ({ id: uuid(1, t) }));
}

function generateEndpoints(n: number, rnd: () => number): Endpoint[] {
  const tenants = tenantsFor(n);
  const out: Endpoint[] = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    // 3% re-imaged twins reuse the previous host name; 4% are hosts the directory never had.
    const base = r < 0.03 && i > 0 ? i - 1 : i;
    let hostname = r > 0.96 ? flat("GHOST-", String(i)) : nameOf(base);
    const d = DOMAINS[base % DOMAINS.length] as (typeof DOMAINS)[number];
    const shape = rnd(); // 10% FQDNs, 10% lower-case short names, the rest as AD writes them
    if (shape < 0.1) hostname = flat(hostname.toLowerCase(), ".", d.dns);
    else if (shape < 0.2) hostname = hostname.toLowerCase();
    const server = hostname.toUpperCase().startsWith("SRV-") && rnd() < 0.5;
    out.push({
      id: uuid(2, i),
      type: server ? "server" : "computer",
      tenant: tenants[Math.floor(base / 1000) % tenants.length] as { id: string },
      hostname,
      os: (server ? SERVER_OS : OS)[base % BUILDS.length] as (typeof OS)[number],
      group: GROUPS[base % GROUPS.length] as (typeof GROUPS)[number],
      associatedPerson: { viaLogin: flat(d.netbios, "\\user", String(base)) },
      assignedProducts: PRODUCTS,
      // Most of an estate checks in daily; a fifth is spread over two years of neglect.
      lastSeenAt: new Date(
        NOW - Math.floor((rnd() < 0.8 ? rnd() * 30 : 30 + rnd() * 700) * DAY),
      ).toISOString(),
      online: false,
    });
  }
  return out;
}

const policy = parsePolicy(
  JSON.stringify({
    retiredOus: DOMAINS.map((d) => `${RETIRED_OU},${d.dc}`),
    exclusions: { hostnamePatterns: ["KIOSK-*", "*-BUILD?"] },
    infrastructureGroups: ["Update Caches"],
  }),
  "bench-policy.json",
);

function measure(n: number): { n: number; ms: number; rssBytes: number } {
  const rnd = random(n);
  const genStart = performance.now();
  const computers = generateDirectory(n, rnd);
  const endpoints = generateEndpoints(n, rnd);
  const genMs = performance.now() - genStart;

  const tenantNames = new Map(tenantsFor(n).map((t, i) => [t.id, `Customer ${i + 1}`]));
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const index = buildDirectoryIndex(computers);
  const indexed = performance.now();
  const devices = correlate(endpoints, index);
  const correlated = performance.now();
  const decisions = decideAll(devices, {
    policy,
    journal: { deletedEndpointIds: new Set(), failedEndpointIds: new Set() },
    openTickets: new Set(),
    now: NOW,
    tenantNames,
  });
  const end = performance.now();
  const cpu = process.cpuUsage(cpuStart);

  const counts: Record<Action, number> = { skip: 0, review: 0, keep: 0, delete: 0 };
  for (const d of decisions) counts[d.action]++;
  const rssBytes = process.resourceUsage().maxRSS * 1024;
  const f = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `${n.toLocaleString("en")} devices x ${n.toLocaleString("en")} computers: ${f(end - start)} ` +
      `(index ${f(indexed - start)}, correlate ${f(correlated - indexed)}, decide ${f(end - correlated)}; ` +
      `generating the data ${f(genMs)}, not counted), CPU ${f((cpu.user + cpu.system) / 1000)} (all threads, GC included), ` +
      `peak RSS ${(rssBytes / 1024 ** 2).toFixed(0)} MiB`,
  );
  console.log(`  actions: ${JSON.stringify(counts)}`);
  return { n, ms: end - start, rssBytes };
}

const small = measure(100_000);
const large = measure(1_000_000);
const perDeviceGrowth = large.ms / large.n / (small.ms / small.n);
const failures = [
  large.ms > TARGET_MS ? `1M took ${(large.ms / 1000).toFixed(2)} s (target < ${TARGET_MS / 1000} s)` : "",
  large.rssBytes > TARGET_RSS_BYTES
    ? `peak RSS ${(large.rssBytes / 1024 ** 3).toFixed(2)} GiB (target < 2 GiB)`
    : "",
  perDeviceGrowth > 2
    ? `time per device grew ${perDeviceGrowth.toFixed(2)}x from 100k to 1M (target ≤ 2x)`
    : "",
].filter((f) => f !== "");
console.log(
  `bound: 1M in < 10 s and < 2 GiB peak RSS, per-device time at 1M ≤ 2x that at 100k (measured ${perDeviceGrowth.toFixed(2)}x)`,
);
if (failures.length > 0) {
  console.error(`FAILED: ${failures.join("; ")}`);
  process.exit(1);
}
console.log("OK: within bounds");
