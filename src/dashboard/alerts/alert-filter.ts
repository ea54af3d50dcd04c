import type { AlertRow } from "./alert-row.js";

/** The page's filters, from its GET form; empty strings mean "any". */
export interface AlertFilter {
  severity: string;
  /** A tenant id, exactly (the form offers the fetched tenants). */
  tenant: string;
  category: string;
  /** Part of the description, ignoring case. */
  text: string;
}

/** The query parameter of each filter. */
const PARAMS: Record<keyof AlertFilter, string> = {
  severity: "severity",
  tenant: "tenant",
  category: "category",
  text: "q",
};

/** The filters of a request's query; absent or blank parameters filter nothing. */
export function parseAlertFilter(query: URLSearchParams): AlertFilter {
  const get = (key: keyof AlertFilter): string => (query.get(PARAMS[key]) ?? "").trim();
  return {
    severity: get("severity").toLowerCase(),
    tenant: get("tenant"),
    category: get("category"),
    text: get("text"),
  };
}

/** The filters as query parameters (blank ones left out), for links that keep them. */
export function alertFilterQuery(filter: AlertFilter): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as Array<keyof AlertFilter>) {
    if (filter[key] !== "") query.set(PARAMS[key], filter[key]);
  }
  return query;
}

/** The rows that pass every filter, in their order. */
export function filterAlerts(rows: readonly AlertRow[], filter: AlertFilter): AlertRow[] {
  const needle = filter.text.toLowerCase();
  return rows.filter(
    (row) =>
      (filter.severity === "" || row.severity === filter.severity) &&
      (filter.tenant === "" || row.tenantId === filter.tenant) &&
      (filter.category === "" || row.category === filter.category) &&
      (needle === "" || row.description.toLowerCase().includes(needle)),
  );
}
