/**
 * Builders for hygiene unit tests: plain values with safe, realistic defaults, overridden per test.
 * Not part of the public API.
 */
import type { Endpoint } from "../../central/types.js";
import type { DirectoryComputer, VipUsers } from "../../directory/types.js";
import type { JournalView } from "../types.js";

/** 2024-06-01T00:00:00Z: every test measures days from here. */
export const NOW = Date.UTC(2024, 5, 1);

/** An ISO timestamp `days` days before {@link NOW}. */
export function daysAgo(days: number): string {
  return new Date(NOW - days * 86_400_000).toISOString();
}

/** Overrides where `undefined` removes a default field (exactOptionalPropertyTypes forbids it otherwise). */
export type Overrides<T> = { [K in keyof T]?: T[K] | undefined };

function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}

/** A Windows workstation in tenant t-acme, last seen 123 days ago, used by CORP\jdoe. */
export function endpoint(overrides: Overrides<Endpoint> = {}): Endpoint {
  return withoutUndefined({
    id: "ep-1",
    type: "computer",
    tenant: { id: "t-acme" },
    hostname: "LAB-WIN10-07",
    os: {
      isServer: false,
      platform: "windows",
      name: "Windows 10 Enterprise",
      majorVersion: 10,
      build: 19045,
    },
    group: { id: "g-ws", name: "Workstations" },
    associatedPerson: { name: "Jane Doe", viaLogin: "CORP\\jdoe" },
    assignedProducts: [{ code: "coreAgent", version: "2023.2.1.13", status: "installed" }],
    lastSeenAt: daysAgo(123),
    online: false,
    ...overrides,
  } as Endpoint);
}

/** A directory computer in corp.example.com, in the Disabled Computers OU, same OS build as {@link endpoint}. */
export function computer(overrides: Overrides<DirectoryComputer> = {}): DirectoryComputer {
  const name = overrides.name ?? "LAB-WIN10-07";
  const domain = overrides.domain ?? "corp.example.com";
  const dc = domain
    .split(".")
    .map((l) => `DC=${l}`)
    .join(",");
  return withoutUndefined({
    name,
    dnsHostName: `${name.toLowerCase()}.${domain}`,
    distinguishedName: `CN=${name},OU=Disabled Computers,${dc}`,
    domain,
    netbiosDomain: domain.split(".")[0]?.toUpperCase() ?? "CORP",
    operatingSystem: "Windows 10 Enterprise",
    operatingSystemVersion: "10.0 (19045)",
    osBuild: 19045,
    lastLogonAt: NOW - 200 * 86_400_000,
    enabled: true,
    source: `ldap://dc1.${domain}`,
    ...overrides,
  } as DirectoryComputer);
}

/** An empty journal, or one with the given deleted / failed endpoint ids. */
export function journal(deleted: string[] = [], failed: string[] = []): JournalView {
  return { deletedEndpointIds: new Set(deleted), failedEndpointIds: new Set(failed) };
}

/** A VIP list of sAMAccountNames and DNs, compared case-insensitively as the directory contract says. */
export function vips(names: string[], dns: string[] = []): VipUsers {
  const n = new Set(names.map((x) => x.toLowerCase()));
  const d = new Set(dns.map((x) => x.toLowerCase()));
  return { has: (s) => n.has(s.toLowerCase()), hasDn: (s) => d.has(s.toLowerCase()), size: n.size + d.size };
}
