import { checkPageSize } from "./endpoint-query.js";
import type { Query } from "./join-url.js";
import { formatTimeFilter } from "./time-filter.js";

/** Filters of `GET /common/v1/alerts` (reference §6.1). */
export interface AlertQuery {
  /** Raised at or after (Date or ISO date-time). */
  from?: Date | string;
  /** Raised before (Date or ISO date-time). */
  to?: Date | string;
  severity?: Array<"high" | "medium" | "low">;
  category?: string[];
  product?: string[];
  ids?: string[];
  groupKey?: string;
  fields?: string[];
  /** e.g. `["raisedAt:desc"]`. */
  sort?: string[];
  /** Items per page: default 100, at most 1000. */
  pageSize?: number;
}

/** Default page size of alert listings (the official connector's choice). */
export const DEFAULT_ALERT_PAGE_SIZE = 100;

/** The query parameters of an alert listing, sent identically on every page. */
export function alertQueryParams(query: AlertQuery = {}): Record<string, Query[string]> {
  const params: Record<string, Query[string]> = {
    pageSize: checkPageSize(query.pageSize ?? DEFAULT_ALERT_PAGE_SIZE, "pageSize", 1000),
  };
  if (query.from !== undefined) params["from"] = formatTimeFilter(query.from, "from", false);
  if (query.to !== undefined) params["to"] = formatTimeFilter(query.to, "to", false);
  const lists = {
    severity: query.severity,
    category: query.category,
    product: query.product,
    ids: query.ids,
  };
  for (const [key, value] of Object.entries(lists)) if (value !== undefined) params[key] = value;
  if (query.groupKey !== undefined) params["groupKey"] = query.groupKey;
  if (query.fields !== undefined) params["fields"] = query.fields;
  if (query.sort !== undefined) params["sort"] = query.sort;
  return params;
}
