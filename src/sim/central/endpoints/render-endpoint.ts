/**
 * Turn stored endpoint records into wire `Endpoint` objects for a view. Pure and allocation-light:
 * shared sub-objects (os, health, products) are passed through, never copied.
 */
import type { Endpoint, EndpointView } from "../../../central/types.js";
import type { EstateEndpoint } from "../../estate/estate-types.js";
import { pickFields } from "../http/pick-fields.js";

/** A device counts as online when it was seen within this window (the agent checks in every few minutes). */
export const ONLINE_WINDOW_MS = 10 * 60_000;

const NOT_ISOLATED = Object.freeze({
  status: "notIsolated" as const,
  adminIsolated: false,
  selfIsolated: false,
});

/** How to render a page of endpoints. */
export interface RenderOptions {
  tenantId: string;
  view: EndpointView;
  /** Partial response: only these (possibly dotted) fields. */
  fields?: readonly string[] | undefined;
  /** Simulator clock (ms), for `online`. */
  now: number;
}

/** The wire isolation summary of a record. */
function isolationSummary(record: EstateEndpoint): NonNullable<Endpoint["isolation"]> {
  const isolation = record.isolation;
  if (!isolation?.enabled) return NOT_ISOLATED;
  const self = isolation.selfIsolated === true;
  return { status: "isolated", adminIsolated: !self, selfIsolated: self };
}

/** Whether a record counts as online at `onlineSince` (ISO of now minus the window). */
export function isOnline(record: EstateEndpoint, onlineSince: string): boolean {
  return record.lastSeenAt >= onlineSince;
}

// Which keys "summary" carries is not documented (reference §5.2, U). We serve what the Central UI's
// device list shows: identity, health, OS, addresses, group, user, tamper protection, products, last
// seen, online and isolation; "full" adds serial, update times, encryption, lockdown, cloud, cloned.
function render(
  record: EstateEndpoint,
  tenant: { id: string },
  view: EndpointView,
  onlineSince: string,
): Endpoint {
  if (view === "basic") return { id: record.id, type: record.type, tenant, hostname: record.hostname };
  const out: Endpoint = {
    id: record.id,
    type: record.type,
    tenant,
    hostname: record.hostname,
    health: record.health,
    os: record.os,
    ipv4Addresses: record.ipv4Addresses,
    ipv6Addresses: record.ipv6Addresses,
    macAddresses: record.macAddresses,
  };
  if (record.group) out.group = record.group;
  if (record.associatedPerson) out.associatedPerson = record.associatedPerson;
  out.tamperProtectionSupported = record.tamperProtectionSupported;
  out.tamperProtectionEnabled = record.tamperProtectionEnabled;
  out.assignedProducts = record.assignedProducts;
  out.lastSeenAt = record.lastSeenAt;
  out.online = isOnline(record, onlineSince);
  out.isolation = isolationSummary(record);
  if (view === "summary") return out;
  if (record.serialNumber !== undefined) out.serialNumber = record.serialNumber;
  if (record.lastOsUpdateAt !== undefined) out.lastOsUpdateAt = record.lastOsUpdateAt;
  if (record.lastAgentUpdateAt !== undefined) out.lastAgentUpdateAt = record.lastAgentUpdateAt;
  if (record.encryption) out.encryption = record.encryption;
  if (record.lockdown) out.lockdown = record.lockdown;
  if (record.cloud) out.cloud = record.cloud;
  out.cloned = record.cloned === true;
  return out;
}

/** Render records for a view (or a `fields` partial response, which selects from the full view). */
export function renderEndpoints(records: readonly EstateEndpoint[], options: RenderOptions): Endpoint[] {
  const tenant = { id: options.tenantId };
  const onlineSince = new Date(options.now - ONLINE_WINDOW_MS).toISOString();
  const fields = options.fields && options.fields.length > 0 ? options.fields : undefined;
  const view = fields ? "full" : options.view;
  return records.map((record) => {
    const endpoint = render(record, tenant, view, onlineSince);
    return fields ? (pickFields(endpoint, fields) as Endpoint) : endpoint;
  });
}
