import { MISP_DEFAULTS, type MispFetchOptions, type MispTimeFilter } from "./misp-fetch-options.js";

const RELATIVE = /^\d+[smhdw]$/;

function checkTime(value: string | number): string | undefined {
  if (typeof value === "number")
    return Number.isInteger(value) && value >= 0 ? undefined : "is not an epoch timestamp";
  return RELATIVE.test(value) || /^\d+$/.test(value)
    ? undefined
    : "must look like 30d, 12h, 90m or an epoch timestamp";
}

/** Why a time filter is invalid, or undefined when MISP will understand it. */
export function checkMispTimeFilter(filter: MispTimeFilter): string | undefined {
  if (typeof filter === "string" || typeof filter === "number") return checkTime(filter);
  return checkTime(filter[0]) ?? checkTime(filter[1]);
}

function orNot(
  or: readonly (string | number)[] | undefined,
  not: readonly (string | number)[] | undefined,
): Record<string, string[]> | undefined {
  const out: Record<string, string[]> = {};
  if (or?.length) out["OR"] = or.map(String);
  if (not?.length) out["NOT"] = not.map(String);
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The `/attributes/restSearch` body for one page. Event tags are always included (so provenance has
 * them) and event UUIDs requested. `to_ids` is sent as 1/0 as PyMISP does; omitting it means both.
 * Pure.
 */
export function buildMispSearchBody(options: MispFetchOptions, page: number): Record<string, unknown> {
  const body: Record<string, unknown> = {
    returnFormat: "json",
    includeEventTags: true,
    includeEventUuid: true,
    enforceWarninglist: options.enforceWarninglist ?? MISP_DEFAULTS.enforceWarninglist,
    limit: options.pageSize ?? MISP_DEFAULTS.pageSize,
    page,
  };
  const eventid = orNot(options.eventIds, options.excludeEventIds);
  if (eventid) body["eventid"] = eventid;
  const tags = orNot(options.tags, options.excludeTags);
  if (options.requireTags?.length) body["tags"] = { ...tags, AND: [...options.requireTags] };
  else if (tags) body["tags"] = tags;
  if (options.types?.length) body["type"] = { OR: [...options.types] };
  const toIds = options.toIds ?? MISP_DEFAULTS.toIds;
  if (toIds !== "any") body["to_ids"] = toIds ? 1 : 0;
  const published = options.published ?? MISP_DEFAULTS.published;
  if (published !== "any") body["published"] = published;
  if (options.publishedWithin !== undefined) {
    const w = options.publishedWithin;
    body["publish_timestamp"] = typeof w === "string" || typeof w === "number" ? w : [w[0], w[1]];
  }
  return body;
}
