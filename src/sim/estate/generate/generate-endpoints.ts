import type { EstateEndpoint } from "../estate-types.js";
import { COMPUTER_OS, SERVER_OS } from "./os-catalogue.js";
import {
  ipv4Address,
  linkLocalIpv6,
  macAddress,
  serialNumber,
  tamperPassword,
  type Vendor,
} from "./device-identity.js";
import {
  LOCKDOWN_LOCKED,
  LOCKDOWN_NONE,
  agentVersionFor,
  assignedProducts,
  encryptionFor,
  pickHealth,
} from "./endpoint-parts.js";
import type { Person } from "./generate-people.js";
import { HostnameFactory, type DeviceKind } from "./hostname-factory.js";
import { isoTime } from "./iso-time.js";
import { flat, type Rng } from "./prng.js";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** What endpoint generation needs to know about its tenant. */
export interface EndpointTenantContext {
  prefix: string;
  dnsDomain: string;
  people: Person[];
  /** Endpoint groups by name (`GROUP_NAMES`). */
  groups: ReadonlyMap<string, { id: string; name: string }>;
  /** Whether the tenant has an XDR licence (adds the `xdr` product). */
  xdr: boolean;
  /** Principal shown as `lastEnabledBy` on pre-isolated devices. */
  soc: { id: string; type: "user"; name: string };
}

// Last-seen spread: many online now, most within days, a tail of devices not seen for months.
const LAST_SEEN_BANDS: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[0, 3 * MINUTE], 38],
  [[10 * MINUTE, 7 * DAY], 40],
  [[7 * DAY, 30 * DAY], 12],
  [[30 * DAY, 120 * DAY], 7],
  [[120 * DAY, 420 * DAY], 3],
];

// Shared by every endpoint without IPv6; records are replaced, never mutated, so sharing is safe.
const NO_ADDRESSES: string[] = Object.freeze([]) as unknown as string[];

function deviceKind(rng: Rng, os: EstateEndpoint["os"]): DeviceKind {
  if (os.isServer) return os.platform === "windows" ? "windowsServer" : "linuxServer";
  if (os.platform === "macOS") return "mac";
  if (os.platform === "linux") return "linuxDesktop";
  return rng.chance(0.55) ? "laptop" : "desktop";
}

const SERVER_VENDORS: ReadonlyArray<readonly [Vendor, number]> = [
  ["vmware", 6],
  ["hyperv", 2],
  ["dell", 2],
];
const PC_VENDORS: ReadonlyArray<readonly [Vendor, number]> = [
  ["dell", 4],
  ["hp", 3],
  ["lenovo", 3],
];

function vendorFor(rng: Rng, kind: DeviceKind): Vendor {
  if (kind === "mac") return "apple";
  if (kind === "linuxServer") return "vmware";
  return rng.weighted(kind === "windowsServer" ? SERVER_VENDORS : PC_VENDORS);
}

/**
 * Generate `count` endpoints for one tenant, `now` being the reference instant. About 1.5% are stale
 * twins: an older record with the hostname, serial and MAC of a live device (a re-imaged machine).
 * The result is sorted by id.
 */
export function generateEndpoints(
  rng: Rng,
  tenant: EndpointTenantContext,
  count: number,
  now: number,
): EstateEndpoint[] {
  const names = new HostnameFactory(rng, tenant.prefix, tenant.dnsDomain);
  // Ids are drawn first and handed out in sorted order, so the list comes out sorted by id (keyset
  // paging needs that) without sorting a million records afterwards.
  const ids = Array.from({ length: count }, () => rng.uuid()).sort();
  const twinShare = count >= 20 ? 0.015 : 0;
  const endpoints: EstateEndpoint[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && rng.chance(twinShare)) {
      endpoints.push(staleTwin(rng, ids[i]!, endpoints[rng.int(0, i - 1)]!, now));
      continue;
    }
    const isServer = rng.chance(0.15);
    const os = rng.weighted(isServer ? SERVER_OS : COMPUTER_OS);
    const kind = deviceKind(rng, os);
    const person =
      !os.isServer && tenant.people.length > 0 && rng.chance(0.95) ? rng.pick(tenant.people) : undefined;
    const vendor = vendorFor(rng, kind);
    const mac = macAddress(rng, vendor);
    const [from, to] = rng.weighted(LAST_SEEN_BANDS);
    const lastSeen = now - rng.int(from, to);
    const ageDays = (now - lastSeen) / DAY;
    const agentVersion = agentVersionFor(ageDays);
    const encrypted = kind === "laptop" ? rng.chance(0.6) : kind === "mac" ? rng.chance(0.85) : false;
    const supported = os.platform !== "linux";
    const { hostname, group } = names.next(kind, person?.login);
    const endpoint: EstateEndpoint = {
      id: ids[i]!,
      type: os.isServer ? "server" : "computer",
      hostname,
      os,
      health: pickHealth(rng, os.platform, ageDays > 60 && rng.chance(0.5)),
      ipv4Addresses: [ipv4Address(i, os.isServer)],
      ipv6Addresses: rng.chance(0.35) ? [linkLocalIpv6(mac)] : NO_ADDRESSES,
      macAddresses: [mac],
      tamperProtectionSupported: supported,
      tamperProtectionEnabled: supported && rng.chance(0.93),
      tamperProtectionPassword: tamperPassword(rng),
      assignedProducts: assignedProducts(agentVersion, tenant.xdr, kind === "laptop" && encrypted),
      lastSeenAt: isoTime(lastSeen),
      lastOsUpdateAt: isoTime(lastSeen - rng.int(1, 35) * DAY - rng.int(0, DAY)),
      lastAgentUpdateAt: isoTime(lastSeen - rng.int(0, 20) * DAY - rng.int(0, DAY)),
      serialNumber: serialNumber(rng, vendor),
      encryption: encryptionFor(os.platform, encrypted),
      lockdown: kind === "windowsServer" && rng.chance(0.1) ? LOCKDOWN_LOCKED : LOCKDOWN_NONE,
    };
    addOptionalParts(rng, endpoint, { tenant, group, person, kind, vendor, lastSeen });
    endpoints.push(endpoint);
  }
  return endpoints;
}

/** The parts only some devices have: group, user, old passwords, cloud instance, isolation, clone flag. */
function addOptionalParts(
  rng: Rng,
  endpoint: EstateEndpoint,
  facts: {
    tenant: EndpointTenantContext;
    group: string;
    person: Person | undefined;
    kind: DeviceKind;
    vendor: Vendor;
    lastSeen: number;
  },
): void {
  const { tenant, group, person, kind, vendor, lastSeen } = facts;
  // About one device in ten was never moved out of the default (ungrouped) state.
  const inGroup = rng.chance(0.9)
    ? tenant.groups.get(rng.chance(0.03) && !endpoint.os.isServer ? "Executives" : group)
    : undefined;
  if (inGroup) endpoint.group = inGroup;
  if (person) endpoint.associatedPerson = person.associated;
  if (rng.chance(0.1)) {
    endpoint.previousTamperProtectionPasswords = [
      { password: tamperPassword(rng), invalidatedAt: isoTime(lastSeen - rng.int(30, 300) * DAY) },
    ];
  }
  if (kind === "linuxServer" && rng.chance(0.4))
    endpoint.cloud = { provider: "aws", instanceId: flat(`i-0${rng.chars("0123456789abcdef", 16)}`) };
  else if (kind === "windowsServer" && vendor === "hyperv" && rng.chance(0.5))
    endpoint.cloud = { provider: "azure", instanceId: rng.uuid() };
  if (rng.chance(0.003)) {
    endpoint.isolation = {
      enabled: true,
      comment: "Isolated by the SOC during an investigation",
      lastEnabledAt: isoTime(lastSeen - rng.int(1, 48) * 3_600_000),
      lastEnabledBy: tenant.soc,
    };
  }
  if (rng.chance(0.002)) endpoint.cloned = true;
}

/** An older record of the same machine: same hostname, serial and MAC, a new agent id, long unseen. */
function staleTwin(rng: Rng, id: string, live: EstateEndpoint, now: number): EstateEndpoint {
  const liveSeen = Date.parse(live.lastSeenAt);
  const lastSeen = Math.min(liveSeen, now) - rng.int(45, 400) * DAY;
  const ageDays = (now - lastSeen) / DAY;
  const twin: EstateEndpoint = {
    ...live,
    id,
    health: pickHealth(rng, live.os.platform, rng.chance(0.5)),
    tamperProtectionPassword: tamperPassword(rng),
    assignedProducts: assignedProducts(agentVersionFor(ageDays), live.assignedProducts.length > 2, false),
    lastSeenAt: isoTime(lastSeen),
    lastOsUpdateAt: isoTime(lastSeen - rng.int(1, 35) * DAY),
    lastAgentUpdateAt: isoTime(lastSeen - rng.int(0, 20) * DAY),
  };
  delete twin.isolation;
  delete twin.previousTamperProtectionPasswords;
  return twin;
}
