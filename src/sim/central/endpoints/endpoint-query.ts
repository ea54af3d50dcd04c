/** Read the query string of `GET /endpoint/v1/endpoints` into a typed, validated request. */
import type { EndpointType, EndpointView, HealthStatus } from "../../../central/types.js";
import type { EstateEndpoint } from "../../estate/estate-types.js";
import { boolParam, enumListParam, enumParam, isUuid, listParam, stringParam } from "../http/query-params.js";
import { badRequest } from "../http/sim-http-error.js";
import { canonicalIso, parseTimeParam } from "../http/time-param.js";
import { parseSort, type SortKey, type SortValue } from "../paging/sort-spec.js";
import { SEARCH_FIELDS, normaliseMac, type EndpointFilter } from "./endpoint-filter.js";

const HEALTH: readonly HealthStatus[] = ["good", "suspicious", "bad", "unknown"];
const TYPES: readonly EndpointType[] = ["computer", "server", "securityVm"];
const VIEWS: readonly EndpointView[] = ["basic", "summary", "full"];
const LOCKDOWN = [
  "creatingWhitelist",
  "installing",
  "locked",
  "notInstalled",
  "registering",
  "starting",
  "stopping",
  "unavailable",
  "uninstalled",
  "unlocked",
  "locking",
];
const ENCRYPTION = ["notEncrypted", "encrypted", "encrypting", "notSupported", "suspended", "unknown"];

/** Fields `sort` accepts (the spec does not list them; these are the obvious ones). */
export const ENDPOINT_SORT_FIELDS: Readonly<Record<string, SortValue<EstateEndpoint>>> = {
  id: (e) => e.id,
  hostname: (e) => e.hostname.toLowerCase(),
  type: (e) => e.type,
  lastSeenAt: (e) => e.lastSeenAt,
  lastOsUpdateAt: (e) => e.lastOsUpdateAt ?? "",
  lastAgentUpdateAt: (e) => e.lastAgentUpdateAt ?? "",
  healthStatus: (e) => e.health.overall,
  "health.overall": (e) => e.health.overall,
  "os.name": (e) => e.os.name,
  "associatedPerson.name": (e) => e.associatedPerson?.name.toLowerCase() ?? "",
  "group.name": (e) => e.group?.name.toLowerCase() ?? "",
  tamperProtectionEnabled: (e) => e.tamperProtectionEnabled,
};

/** A parsed endpoints request (paging is read separately). */
export interface EndpointQuery {
  view: EndpointView;
  fields: string[] | undefined;
  sort: SortKey<EstateEndpoint>[];
  filter: EndpointFilter;
}

function time(query: URLSearchParams, name: string, now: number): string | undefined {
  const value = stringParam(query, name);
  return value === undefined ? undefined : canonicalIso(parseTimeParam(value, name, now));
}

function text(query: URLSearchParams, name: string): string | undefined {
  const value = stringParam(query, name);
  return value === undefined || value === "" ? undefined : value;
}

/** Parse filters, view, fields and sort; any invalid value answers 400 naming the parameter. */
export function parseEndpointQuery(query: URLSearchParams, now: number): EndpointQuery {
  const filter: EndpointFilter = {};
  const set = <K extends keyof EndpointFilter>(key: K, value: EndpointFilter[K] | undefined): void => {
    if (value !== undefined) filter[key] = value;
  };
  const ids = listParam(query, "ids");
  if (ids) {
    const bad = ids.find((id) => !isUuid(id));
    if (bad) throw badRequest(`Invalid id '${bad}' in ids`);
    filter.ids = new Set(ids.map((id) => id.toLowerCase()));
  }
  set("healthStatus", enumListParam(query, "healthStatus", HEALTH));
  set("type", enumListParam(query, "type", TYPES));
  set("tamperProtectionEnabled", boolParam(query, "tamperProtectionEnabled"));
  set("tamperProtectionSupported", boolParam(query, "tamperProtectionSupported"));
  set("lockdownStatus", enumListParam(query, "lockdownStatus", LOCKDOWN));
  set("overallEncryptionStatus", enumListParam(query, "overallEncryptionStatus", ENCRYPTION));
  set("isolationStatus", enumListParam(query, "isolationStatus", ["isolated", "notIsolated"] as const));
  for (const name of [
    "lastSeenBefore",
    "lastSeenAfter",
    "lastOsUpdateBefore",
    "lastOsUpdateAfter",
    "lastAgentUpdateBefore",
    "lastAgentUpdateAfter",
  ] as const) {
    set(name, time(query, name, now));
  }
  for (const name of [
    "hostnameContains",
    "associatedPersonContains",
    "groupNameContains",
    "serialNumberContains",
  ] as const) {
    set(name, text(query, name));
  }
  const search = text(query, "search");
  if (search !== undefined)
    filter.search = {
      text: search,
      fields: enumListParam(query, "searchFields", SEARCH_FIELDS) ?? SEARCH_FIELDS,
    };
  const ips = listParam(query, "ipAddresses");
  if (ips) filter.ipAddresses = new Set(ips.map((ip) => ip.toLowerCase()));
  const macs = listParam(query, "macAddresses");
  if (macs) filter.macAddresses = new Set(macs.map(normaliseMac));
  set("online", boolParam(query, "online"));
  const cloud = text(query, "cloud");
  if (cloud !== undefined) {
    const [provider, instanceId] = cloud.split(":", 2) as [string, string | undefined];
    filter.cloud = instanceId === undefined ? { provider } : { provider, instanceId };
  }
  // assignedToGroup and groupIds are "temporarily not supported" by Central (reference §5.1): ignored.
  return {
    view: enumParam(query, "view", VIEWS) ?? "summary",
    fields: listParam(query, "fields"),
    sort: parseSort(listParam(query, "sort"), ENDPOINT_SORT_FIELDS),
    filter,
  };
}
