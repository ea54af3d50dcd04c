/**
 * Inventory-like records for bench/splunk-hec.ts: the shape of a Central endpoint in `view=full`
 * (about 900 bytes of JSON), different for every index so that no two events de-duplicate.
 */
const PLATFORMS = ["windows", "linux", "macOS"] as const;

/** The `i`th synthetic endpoint. */
export function inventoryRecord(i: number): Record<string, unknown> {
  const hex = i.toString(16).padStart(12, "0");
  const platform = PLATFORMS[i % 3] ?? "windows";
  return {
    id: `${hex.slice(0, 8)}-0000-4000-8000-${hex}`,
    type: i % 10 === 0 ? "server" : "computer",
    tenant: { id: `tenant-${i % 500}` },
    hostname: `host-${i}`,
    health: {
      overall: i % 17 === 0 ? "bad" : "good",
      threats: { status: "good" },
      services: { status: "good", serviceDetails: [{ name: "Sophos MCS Agent", status: "running" }] },
    },
    os: {
      isServer: i % 10 === 0,
      platform,
      name: `${platform} build ${19045 + (i % 7)}`,
      majorVersion: 10,
      build: 19045,
    },
    ipv4Addresses: [`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`],
    macAddresses: [`00:1A:2B:${hex.slice(6, 8)}:${hex.slice(8, 10)}:${hex.slice(10, 12)}`],
    group: { id: `group-${i % 40}`, name: `Group ${i % 40}` },
    associatedPerson: { name: `CORP\\user${i}`, viaLogin: `CORP\\user${i}`, id: `person-${i}` },
    tamperProtectionSupported: true,
    tamperProtectionEnabled: i % 9 !== 0,
    assignedProducts: [
      { code: "endpointProtection", version: "2024.2.1.1", status: "installed" },
      { code: "interceptX", version: "2024.2.1.1", status: "installed" },
    ],
    lastSeenAt: new Date(Date.UTC(2024, 4, 1) + i * 1000).toISOString(),
    online: i % 4 !== 0,
    isolation: { status: "notIsolated", adminIsolated: false, selfIsolated: false },
  };
}
