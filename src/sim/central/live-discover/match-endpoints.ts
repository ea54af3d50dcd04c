import type { EstateEndpoint } from "../../estate/estate-types.js";
import {
  compileEndpointFilter,
  SEARCH_FIELDS,
  type EndpointFilter,
  type SearchField,
} from "../endpoints/endpoint-filter.js";
import { badRequest } from "../http/sim-http-error.js";

const strings = (value: unknown, name: string): string[] => {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
    throw badRequest(`${name} must be an array of strings`);
  return value as string[];
};

/** One `matchEndpoints.filters[]` object as a predicate (its keys all have to hold). */
function compileOne(raw: Record<string, unknown>, now: number): (e: EstateEndpoint) => boolean {
  const f: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === "ids") f["ids"] = new Set(strings(value, "ids").map((id) => id.toLowerCase()));
    else if (key === "ipAddresses") f["ipAddresses"] = new Set(strings(value, key));
    else if (["healthStatus", "type", "lockdownStatus"].includes(key)) f[key] = strings(value, key);
    else if (
      [
        "lastSeenBefore",
        "lastSeenAfter",
        "hostnameContains",
        "associatedPersonContains",
        "groupNameContains",
      ].includes(key)
    ) {
      if (typeof value !== "string") throw badRequest(`${key} must be a string`);
      f[key] = value;
    } else if (key === "tamperProtectionEnabled") f[key] = value === true;
    else if (key === "search") {
      const fields =
        raw["searchFields"] === undefined ? [...SEARCH_FIELDS] : strings(raw["searchFields"], "searchFields");
      f["search"] = { text: String(value), fields: fields as SearchField[] };
    } else if (key !== "os" && key !== "searchFields")
      throw badRequest(`Unknown matchEndpoints filter key '${key}'`);
  }
  const check = compileEndpointFilter(f as EndpointFilter, now);
  const platforms = Array.isArray(raw["os"])
    ? (raw["os"] as Array<{ platform?: string }>).map((o) => o.platform)
    : undefined;
  return (e) => check(e) && (platforms === undefined || platforms.includes(e.os.platform));
}

/**
 * The endpoints `matchEndpoints` selects: `{all: true}` or `{filters: [...]}`. Several filter objects
 * select the union of what each selects (how Sophos combines them is not documented; reference §7.2).
 */
export function matchEndpoints(
  raw: unknown,
  endpoints: readonly EstateEndpoint[],
  now: number,
): EstateEndpoint[] {
  const body = raw as { all?: unknown; filters?: unknown } | undefined;
  if (body === undefined || typeof body !== "object" || body === null)
    throw badRequest("matchEndpoints is required");
  if (body.all === true) return [...endpoints];
  if (!Array.isArray(body.filters) || body.filters.length === 0)
    throw badRequest("matchEndpoints needs all: true or a non-empty filters array");
  const checks = (body.filters as Array<Record<string, unknown>>).map((f) => compileOne(f, now));
  return endpoints.filter((e) => checks.some((check) => check(e)));
}
