import type { EstateEndpoint, EstateTenant } from "../estate-types.js";
import { isoTime } from "../generate/iso-time.js";
import { flat, type Rng } from "../generate/prng.js";
import {
  accountName,
  adOperatingSystem,
  dnsHostNameOf,
  domainDn,
  otherBuild,
  ouOf,
  shortName,
} from "./directory-names.js";
import type { EstateDirectory, EstateDirectoryComputer } from "./estate-directory-types.js";

const DAY = 86_400_000;

/**
 * Generation calls a device inactive by the default hygiene policy's line (`inactiveDays` 90), so
 * that a plan with the defaults meets every case the directory was built to show.
 */
export const DIRECTORY_INACTIVE_DAYS = 90;

/** What the directory says about a device Central has not seen for 90+ days. */
type InactiveState = "retired" | "disabledOnly" | "forgotten" | "missing" | "buildMismatch" | "recentLogon";

// Mostly cleaned up in AD already; the rest are the cases a hygiene plan must not delete blindly.
const INACTIVE_STATES: ReadonlyArray<readonly [InactiveState, number]> = [
  ["retired", 50],
  ["disabledOnly", 10],
  ["forgotten", 14],
  ["missing", 10],
  ["buildMismatch", 8],
  ["recentLogon", 8],
];

/** Windows machines are domain joined; a few Macs and Linux hosts are too (realmd/sssd, Jamf). */
function joined(rng: Rng, endpoint: EstateEndpoint): boolean {
  if (endpoint.os.platform === "windows") return true;
  return rng.chance(endpoint.os.platform === "macOS" ? 0.2 : 0.25);
}

function login(endpoint: EstateEndpoint): string | undefined {
  const via = endpoint.associatedPerson?.viaLogin;
  return via === undefined ? undefined : via.slice(via.lastIndexOf("\\") + 1);
}

/**
 * The Active Directory of a tenant's domain, consistent with its endpoints' `lastSeenAt` at `now`:
 * devices seen within 90 days are in use (enabled, logon near Central's last-seen time); older ones
 * are mostly retired (in `OU=Disabled Computers`, usually disabled), some only disabled, some
 * forgotten (still enabled), some missing, some with another OS build or a recent logon that
 * contradicts Central. Most Macs and Linux hosts are not joined; a few accounts have no Sophos
 * agent. VIPs are the users of Executives devices plus the owner of one retired laptop.
 * Undefined for a tenant without a `domain`.
 */
export function generateDirectory(rng: Rng, tenant: EstateTenant, now: number): EstateDirectory | undefined {
  const domain = tenant.domain;
  if (domain === undefined) return undefined;
  const dc = domainDn(domain.dns);
  // The newest record of a host speaks for it: an older twin is the same machine before a re-image.
  const newest = new Map<string, EstateEndpoint>();
  for (const endpoint of tenant.endpoints) {
    const key = shortName(endpoint.hostname).toLowerCase();
    const seen = newest.get(key);
    if (seen === undefined || seen.lastSeenAt < endpoint.lastSeenAt) newest.set(key, endpoint);
  }
  const computers: EstateDirectoryComputer[] = [];
  const retiredOwners: string[] = [];
  for (const endpoint of newest.values()) {
    if (!joined(rng, endpoint)) continue;
    const seen = Date.parse(endpoint.lastSeenAt);
    const state = now - seen >= DIRECTORY_INACTIVE_DAYS * DAY ? rng.weighted(INACTIVE_STATES) : "inUse";
    if (state === "missing") continue;
    const retired = state === "retired" || state === "buildMismatch" || state === "recentLogon";
    const disabled = state === "disabledOnly" || (retired && rng.chance(0.8));
    const name = accountName(rng, endpoint);
    const logon =
      state === "recentLogon"
        ? now - rng.int(3, 60) * DAY - rng.int(0, DAY)
        : Math.min(now, seen - rng.int(0, 9) * DAY - rng.int(0, DAY));
    const changed =
      retired || disabled
        ? Math.min(now - DAY, Math.max(logon, seen) + rng.int(7, 60) * DAY)
        : Math.min(now, logon + rng.int(0, 3) * DAY);
    const build = state === "buildMismatch" ? otherBuild(endpoint.os.build, endpoint.os.isServer) : undefined;
    const computer: EstateDirectoryComputer = {
      name,
      distinguishedName: flat(`CN=${name},${retired ? "OU=Disabled Computers" : ouOf(endpoint)},${dc}`),
      enabled: !disabled,
      ...adOperatingSystem(endpoint.os, build),
      lastLogonDate: isoTime(logon),
      whenChanged: isoTime(changed),
    };
    const dnsHostName = dnsHostNameOf(rng, name, domain.dns);
    if (dnsHostName !== undefined) computer.dnsHostName = dnsHostName;
    if (endpoint.os.isServer && endpoint.os.platform === "windows")
      computer.managedBy = `CN=IT Operations,OU=Groups,${dc}`;
    computers.push(computer);
    const owner = login(endpoint);
    if (state === "retired" && !endpoint.os.isServer && owner !== undefined) retiredOwners.push(owner);
  }
  computers.push(...unmanagedAccounts(rng, domain, dc, newest.size, now));
  return {
    netbios: domain.netbios,
    dns: domain.dns,
    retiredOu: `OU=Disabled Computers,${dc}`,
    computers,
    vipUsers: vipUsers(rng, tenant.endpoints, retiredOwners),
  };
}

/** Accounts of machines without a Sophos agent (kiosks, lab PCs): in AD, never in Central. */
function unmanagedAccounts(
  rng: Rng,
  domain: { netbios: string; dns: string },
  dc: string,
  hosts: number,
  now: number,
): EstateDirectoryComputer[] {
  const count = Math.max(2, Math.round(hosts * 0.02));
  return Array.from({ length: count }, (_, i) => {
    const name =
      i % 2 === 0
        ? `${domain.netbios}-KIOSK-${String(i / 2 + 1).padStart(2, "0")}`
        : `WS-LAB-${String((i + 1) / 2).padStart(3, "0")}`;
    const logon = now - rng.int(0, 20) * DAY - rng.int(0, DAY);
    return {
      name,
      dnsHostName: `${name.toLowerCase()}.${domain.dns}`,
      distinguishedName: `CN=${name},OU=Workstations,OU=Computers,${dc}`,
      enabled: true,
      operatingSystem: "Windows 10 Enterprise LTSC",
      operatingSystemVersion: "10.0 (17763)",
      lastLogonDate: isoTime(logon),
      whenChanged: isoTime(logon),
    };
  });
}

/** Users of Executives devices, and (when there are several) the owner of one retired laptop. */
function vipUsers(rng: Rng, endpoints: readonly EstateEndpoint[], retiredOwners: string[]): string[] {
  const vips = new Set<string>();
  for (const endpoint of endpoints) {
    const owner = login(endpoint);
    if (endpoint.group?.name === "Executives" && owner !== undefined) vips.add(owner);
  }
  if (retiredOwners.length >= 2) vips.add(rng.pick(retiredOwners));
  return [...vips];
}
