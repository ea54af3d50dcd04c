/**
 * The endpoint filters of `GET /endpoint/v1/endpoints` (reference §5.1) as plain data, and their
 * compilation to one predicate. Kept independent of query strings so that Live Discover's
 * `matchEndpoints.filters` can reuse it later.
 */
import type { EndpointType, HealthStatus } from "../../../central/types.js";
import type { EstateEndpoint } from "../../estate/estate-types.js";
import { ONLINE_WINDOW_MS, isOnline } from "./render-endpoint.js";

/** Search fields of `search` + `searchFields`. */
export const SEARCH_FIELDS = [
  "hostname",
  "groupName",
  "associatedPersonName",
  "ipAddresses",
  "osName",
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Time bounds are canonical ISO strings, compared as text with the records' timestamps. */
export interface EndpointFilter {
  ids?: ReadonlySet<string>;
  healthStatus?: readonly HealthStatus[];
  type?: readonly EndpointType[];
  tamperProtectionEnabled?: boolean;
  tamperProtectionSupported?: boolean;
  lockdownStatus?: readonly string[];
  overallEncryptionStatus?: readonly string[];
  isolationStatus?: ReadonlyArray<"isolated" | "notIsolated">;
  lastSeenBefore?: string;
  lastSeenAfter?: string;
  lastOsUpdateBefore?: string;
  lastOsUpdateAfter?: string;
  lastAgentUpdateBefore?: string;
  lastAgentUpdateAfter?: string;
  hostnameContains?: string;
  associatedPersonContains?: string;
  groupNameContains?: string;
  serialNumberContains?: string;
  search?: { text: string; fields: readonly SearchField[] };
  ipAddresses?: ReadonlySet<string>;
  /** Normalised: lower-case hex digits only. */
  macAddresses?: ReadonlySet<string>;
  online?: boolean;
  cloud?: { provider: string; instanceId?: string };
}

type Check = (e: EstateEndpoint) => boolean;

const contains = (value: string | undefined, needle: string): boolean =>
  value !== undefined && value.toLowerCase().includes(needle.toLowerCase());

/** A MAC address in any notation (`:`, `-`, `.` or none; any case) reduced to bare lower-case hex. */
export function normaliseMac(mac: string): string {
  return mac.replace(/[^0-9a-f]/gi, "").toLowerCase();
}

function between(
  field: (e: EstateEndpoint) => string | undefined,
  before?: string,
  after?: string,
): Check | undefined {
  if (before === undefined && after === undefined) return undefined;
  return (e) => {
    const value = field(e);
    if (value === undefined) return false;
    return (before === undefined || value < before) && (after === undefined || value >= after);
  };
}

function searchValue(e: EstateEndpoint, field: SearchField): string[] {
  switch (field) {
    case "hostname":
      return [e.hostname];
    case "groupName":
      return e.group ? [e.group.name] : [];
    case "associatedPersonName":
      return e.associatedPerson ? [e.associatedPerson.name, e.associatedPerson.viaLogin] : [];
    case "ipAddresses":
      return [...e.ipv4Addresses, ...e.ipv6Addresses];
    case "osName":
      return [e.os.name];
  }
}

/** Compile a filter to a predicate; `now` (ms) decides `online`. */
export function compileEndpointFilter(filter: EndpointFilter, now: number): Check {
  const checks: Check[] = [];
  const add = (check: Check | undefined): void => void (check && checks.push(check));
  const f = filter;
  if (f.ids) add((e) => f.ids!.has(e.id));
  if (f.healthStatus) add((e) => f.healthStatus!.includes(e.health.overall));
  if (f.type) add((e) => f.type!.includes(e.type));
  if (f.tamperProtectionEnabled !== undefined)
    add((e) => e.tamperProtectionEnabled === f.tamperProtectionEnabled);
  if (f.tamperProtectionSupported !== undefined)
    add((e) => e.tamperProtectionSupported === f.tamperProtectionSupported);
  if (f.lockdownStatus) add((e) => f.lockdownStatus!.includes(e.lockdown?.status ?? "notInstalled"));
  if (f.overallEncryptionStatus)
    add((e) => f.overallEncryptionStatus!.includes(e.encryption?.overallStatus ?? "unknown"));
  if (f.isolationStatus)
    add((e) => f.isolationStatus!.includes(e.isolation?.enabled ? "isolated" : "notIsolated"));
  add(between((e) => e.lastSeenAt, f.lastSeenBefore, f.lastSeenAfter));
  add(between((e) => e.lastOsUpdateAt, f.lastOsUpdateBefore, f.lastOsUpdateAfter));
  add(between((e) => e.lastAgentUpdateAt, f.lastAgentUpdateBefore, f.lastAgentUpdateAfter));
  if (f.hostnameContains !== undefined) add((e) => contains(e.hostname, f.hostnameContains!));
  if (f.associatedPersonContains !== undefined) {
    add(
      (e) =>
        contains(e.associatedPerson?.name, f.associatedPersonContains!) ||
        contains(e.associatedPerson?.viaLogin, f.associatedPersonContains!),
    );
  }
  if (f.groupNameContains !== undefined) add((e) => contains(e.group?.name, f.groupNameContains!));
  if (f.serialNumberContains !== undefined) add((e) => contains(e.serialNumber, f.serialNumberContains!));
  if (f.search) {
    const { text, fields } = f.search;
    add((e) => fields.some((field) => searchValue(e, field).some((value) => contains(value, text))));
  }
  if (f.ipAddresses)
    add(
      (e) =>
        e.ipv4Addresses.some((ip) => f.ipAddresses!.has(ip)) ||
        e.ipv6Addresses.some((ip) => f.ipAddresses!.has(ip.toLowerCase())),
    );
  if (f.macAddresses) add((e) => e.macAddresses.some((mac) => f.macAddresses!.has(normaliseMac(mac))));
  if (f.online !== undefined) {
    const since = new Date(now - ONLINE_WINDOW_MS).toISOString();
    add((e) => isOnline(e, since) === f.online);
  }
  if (f.cloud) {
    const { provider, instanceId } = f.cloud;
    add(
      (e) =>
        e.cloud?.provider === provider && (instanceId === undefined || e.cloud.instanceId === instanceId),
    );
  }
  if (checks.length === 0) return () => true;
  return (e) => {
    for (const check of checks) if (!check(e)) return false;
    return true;
  };
}
