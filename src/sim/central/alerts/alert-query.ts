/**
 * Filters, sort and paging of `GET /common/v1/alerts` and `POST /common/v1/alerts/search`
 * (reference §6.1-6.2): the same request either as a query string or as a JSON body.
 */
import type { EstateAlert } from "../../estate/estate-types.js";
import { boolParam, enumListParam, intParam, isUuid, listParam, stringParam } from "../http/query-params.js";
import { badRequest } from "../http/sim-http-error.js";
import { canonicalIso, parseTimeParam } from "../http/time-param.js";
import { decodeKey, type KeyPageRequest, type KeyPagingRules } from "../paging/key-paging.js";
import { parseSort, type SortKey, type SortValue } from "../paging/sort-spec.js";

const SEVERITIES = ["high", "medium", "low"] as const;
const SEVERITY_RANK: Record<string, number> = { low: 0, medium: 1, high: 2 };

// Alerts: default page size 50, maximum 1000 (the spec example's maxSize).
export const ALERT_PAGING: KeyPagingRules = { defaultSize: 50, maxSize: 1000 };

/** Fields `sort` accepts for alerts. Default order: raisedAt ascending, then id. */
export const ALERT_SORT_FIELDS: Readonly<Record<string, SortValue<EstateAlert>>> = {
  raisedAt: (a) => a.raisedAt,
  severity: (a) => SEVERITY_RANK[a.severity] ?? -1,
  category: (a) => a.category,
  product: (a) => a.product,
  type: (a) => a.type,
  id: (a) => a.id,
};

/** A parsed alerts request. */
export interface AlertQuery {
  match: (alert: EstateAlert) => boolean;
  sort: SortKey<EstateAlert>[];
  fields: string[] | undefined;
  paging: KeyPageRequest;
}

function compile(filters: {
  from?: string;
  to?: string;
  severity?: string[];
  category?: string[];
  product?: string[];
  ids?: string[];
  groupKey?: string;
}): (a: EstateAlert) => boolean {
  const ids = filters.ids ? new Set(filters.ids.map((id) => id.toLowerCase())) : undefined;
  return (a) =>
    (filters.from === undefined || a.raisedAt >= filters.from) &&
    (filters.to === undefined || a.raisedAt < filters.to) &&
    (!filters.severity || filters.severity.includes(a.severity)) &&
    (!filters.category || filters.category.includes(a.category)) &&
    (!filters.product || filters.product.includes(a.product)) &&
    (!ids || ids.has(a.id)) &&
    (filters.groupKey === undefined || a.groupKey === filters.groupKey);
}

function checkIds(ids: string[] | undefined): string[] | undefined {
  const bad = ids?.find((id) => !isUuid(id));
  if (bad !== undefined) throw badRequest(`Invalid id '${bad}' in ids`);
  return ids;
}

const time = (value: string | undefined, name: string, now: number): string | undefined =>
  value === undefined ? undefined : canonicalIso(parseTimeParam(value, name, now));

/** Parse the query string of `GET /common/v1/alerts`. */
export function parseAlertQuery(query: URLSearchParams, now: number): AlertQuery {
  const fromKey = stringParam(query, "pageFromKey") || undefined;
  const filters = {
    ...optional("from", time(stringParam(query, "from"), "from", now)),
    ...optional("to", time(stringParam(query, "to"), "to", now)),
    ...optional("severity", enumListParam(query, "severity", SEVERITIES)),
    ...optional("category", listParam(query, "category")),
    ...optional("product", listParam(query, "product")),
    ...optional("ids", checkIds(listParam(query, "ids"))),
    ...optional("groupKey", stringParam(query, "groupKey")),
  };
  return {
    match: compile(filters),
    sort: parseSort(listParam(query, "sort"), ALERT_SORT_FIELDS),
    fields: listParam(query, "fields"),
    paging: {
      size: intParam(query, "pageSize", 1, ALERT_PAGING.maxSize) ?? ALERT_PAGING.defaultSize,
      fromKey,
      after: fromKey ? decodeKey(fromKey) : undefined,
      pageTotal: boolParam(query, "pageTotal") ?? false,
    },
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** Parse the JSON body of `POST /common/v1/alerts/search` by mapping it onto a query string. */
export function parseAlertSearch(body: Record<string, unknown>, now: number): AlertQuery {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (!value.every((v) => typeof v === "string")) throw badRequest(`${key} must be an array of strings`);
      query.set(key, value.join(","));
    } else if (["string", "number", "boolean"].includes(typeof value)) {
      query.set(key, String(value));
    } else {
      throw badRequest(`${key} has an unsupported value`);
    }
  }
  return parseAlertQuery(query, now);
}
