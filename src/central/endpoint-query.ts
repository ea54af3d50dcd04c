import { InvalidOptionError } from "./errors.js";
import type { Query } from "./join-url.js";
import { formatTimeFilter, type TimeFilter } from "./time-filter.js";
import type { EndpointType, EndpointView, HealthStatus } from "./types.js";

/** Filters of `GET /endpoint/v1/endpoints` (reference §5.1). Lists are sent comma-separated. */
export interface EndpointQuery {
  /** `basic | summary | full`; the API default is summary. */
  view?: EndpointView;
  /** Items per page (default 500, the page size the official connector uses). */
  pageSize?: number;
  fields?: string[];
  sort?: string[];
  healthStatus?: HealthStatus[];
  type?: EndpointType[];
  tamperProtectionEnabled?: boolean;
  tamperProtectionSupported?: boolean;
  lockdownStatus?: string[];
  overallEncryptionStatus?: string[];
  /** Exclusive; a Date, an ISO date-time or a duration relative to now such as `-P90D`. */
  lastSeenBefore?: TimeFilter;
  /** Inclusive; same formats as `lastSeenBefore`. */
  lastSeenAfter?: TimeFilter;
  lastOsUpdateBefore?: TimeFilter;
  lastOsUpdateAfter?: TimeFilter;
  lastAgentUpdateBefore?: TimeFilter;
  lastAgentUpdateAfter?: TimeFilter;
  ids?: string[];
  isolationStatus?: "isolated" | "notIsolated";
  hostnameContains?: string;
  associatedPersonContains?: string;
  groupNameContains?: string;
  serialNumberContains?: string;
  search?: string;
  searchFields?: string[];
  ipAddresses?: string[];
  macAddresses?: string[];
  online?: boolean;
  cloud?: string;
}

/** Default page size of endpoint listings. */
export const DEFAULT_ENDPOINT_PAGE_SIZE = 500;

const TIME_KEYS = [
  "lastSeenBefore",
  "lastSeenAfter",
  "lastOsUpdateBefore",
  "lastOsUpdateAfter",
  "lastAgentUpdateBefore",
  "lastAgentUpdateAfter",
] as const;

/** Check a page size option: a whole number within `1..max`. */
export function checkPageSize(value: number, option: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidOptionError(`${option} must be a whole number from 1 to ${max}, got ${value}.`);
  }
  return value;
}

/**
 * The query parameters of an endpoint listing, sent identically on every page. Throws
 * `InvalidOptionError` for values Sophos would reject, before any request is sent.
 */
export function endpointQueryParams(query: EndpointQuery = {}): Record<string, Query[string]> {
  const { pageSize, ...filters } = query;
  // Sophos' own connector caps inventory pages at 500 (reference §12); the real maximum is not documented.
  const params: Record<string, Query[string]> = {
    pageSize: checkPageSize(pageSize ?? DEFAULT_ENDPOINT_PAGE_SIZE, "pageSize", 1000),
  };
  for (const [key, value] of Object.entries(filters) as Array<[keyof typeof filters, unknown]>) {
    if (value === undefined) continue;
    if ((TIME_KEYS as readonly string[]).includes(key)) {
      params[key] = formatTimeFilter(value as TimeFilter, key, true);
    } else {
      params[key] = value as Query[string];
    }
  }
  return params;
}
