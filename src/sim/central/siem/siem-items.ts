import { createHash } from "node:crypto";
import type { EstateAlert, EstateEndpoint, EstateTenant } from "../../estate/estate-types.js";

/** One SIEM item (event or alert) with the key it is paged by. */
export interface SiemItem {
  /** `created_at` in epoch ms: the paging order, with `id` as tie-breaker. */
  at: number;
  id: string;
  body: Record<string, unknown>;
}

// Central records an event a moment after it happened; the official fixtures show ~50 ms.
const INGEST_DELAY_MS = 53;

const GROUP_OF_CATEGORY: Record<string, string> = {
  malware: "MALWARE",
  updating: "UPDATING",
  protection: "PROTECTION",
  runtimeDetections: "RUNTIME_DETECTIONS",
  policy: "POLICY",
  applicationControl: "APPLICATION_CONTROL",
  downloadReputation: "DOWNLOAD_REPUTATION",
};

/** A stable UUID-shaped id derived from `parts`, so the same estate always yields the same ids. */
export function derivedId(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("|")).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The SIEM events of a tenant, oldest first: one per alert (the detection behind it) and one
 * `Event::Endpoint::UpdateSuccess` per endpoint for its last check-in (its device activity).
 */
export function siemEvents(tenant: EstateTenant): SiemItem[] {
  const endpoints = new Map(tenant.endpoints.map((endpoint) => [endpoint.id, endpoint]));
  const items = tenant.alerts.map((alert) => alertEvent(tenant, alert, endpoints));
  for (const endpoint of tenant.endpoints) items.push(checkInEvent(tenant, endpoint));
  return items.sort(byKey);
}

/** The SIEM alerts of a tenant (reference §9.3), oldest first. */
export function siemAlerts(tenant: EstateTenant): SiemItem[] {
  const endpoints = new Map(tenant.endpoints.map((endpoint) => [endpoint.id, endpoint]));
  return tenant.alerts
    .map((alert): SiemItem => {
      const endpoint = alert.managedAgent ? endpoints.get(alert.managedAgent.id) : undefined;
      const at = Date.parse(alert.raisedAt) + INGEST_DELAY_MS;
      return {
        at,
        id: alert.id,
        body: {
          id: alert.id,
          created_at: new Date(at).toISOString(),
          when: alert.raisedAt,
          customer_id: tenant.id,
          severity: alert.severity,
          type: alert.type,
          description: alert.description,
          event_service_event_id: derivedId(alert.id, "event"),
          location: alert.managedAgent?.name ?? "n/a",
          source: alert.person?.name ?? "n/a",
          threat: alert.category === "malware" ? alert.description : null,
          threat_cleanable: alert.allowedActions.includes("cleanPua"),
          data: {
            endpoint_id: alert.managedAgent?.id ?? null,
            endpoint_type: alert.managedAgent?.type ?? null,
            source_info: { ip: endpoint?.ipv4Addresses[0] ?? null },
          },
          info: { group: GROUP_OF_CATEGORY[alert.category] ?? alert.category.toUpperCase() },
        },
      };
    })
    .sort(byKey);
}

function alertEvent(
  tenant: EstateTenant,
  alert: EstateAlert,
  endpoints: Map<string, EstateEndpoint>,
): SiemItem {
  const endpoint = alert.managedAgent ? endpoints.get(alert.managedAgent.id) : undefined;
  const id = derivedId(alert.id, "event");
  const at = Date.parse(alert.raisedAt) + INGEST_DELAY_MS;
  return {
    at,
    id,
    body: {
      id,
      when: alert.raisedAt,
      created_at: new Date(at).toISOString(),
      customer_id: tenant.id,
      severity: alert.severity,
      type: alert.type,
      group: GROUP_OF_CATEGORY[alert.category] ?? alert.category.toUpperCase(),
      source: alert.person?.name ?? "n/a",
      location: alert.managedAgent?.name ?? "n/a",
      endpoint_id: alert.managedAgent?.id ?? null,
      endpoint_type: alert.managedAgent?.type ?? null,
      origin: null,
      source_info: { ip: endpoint?.ipv4Addresses[0] ?? null },
      user_id: alert.person?.id ?? null,
      name: alert.description,
    },
  };
}

function checkInEvent(tenant: EstateTenant, endpoint: EstateEndpoint): SiemItem {
  // A new check-in (lastSeenAt moved) is a new event, hence the time in the id.
  const id = derivedId(endpoint.id, endpoint.lastSeenAt, "update");
  const at = Date.parse(endpoint.lastSeenAt) + INGEST_DELAY_MS;
  return {
    at,
    id,
    body: {
      id,
      when: endpoint.lastSeenAt,
      created_at: new Date(at).toISOString(),
      customer_id: tenant.id,
      severity: "low",
      type: "Event::Endpoint::UpdateSuccess",
      group: "UPDATING",
      source: endpoint.associatedPerson?.name ?? "n/a",
      location: endpoint.hostname,
      endpoint_id: endpoint.id,
      endpoint_type: endpoint.type,
      origin: null,
      source_info: { ip: endpoint.ipv4Addresses[0] ?? null },
      name: "Update succeeded",
    },
  };
}

function byKey(a: SiemItem, b: SiemItem): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
