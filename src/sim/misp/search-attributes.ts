import { type MultiFilter, likeMatcher, parseMultiFilter } from "./parse-multi-filter.js";
import { resolveTimeFilter } from "./resolve-time-filter.js";
import type { SimAttribute, SimEvent } from "./sim-types.js";

/** An attribute with its event. */
export interface SearchRow {
  event: SimEvent;
  attribute: SimAttribute;
}

type Predicate = (row: SearchRow) => boolean;

/** MISP's loose booleans: true/1/"1"/"true"; false/0/"0"/"false"; `to_ids: "exclude"` means false. */
function flag(value: unknown): boolean | undefined {
  if (value === true || value === 1 || value === "1" || value === "true") return true;
  if (value === false || value === 0 || value === "0" || value === "false" || value === "exclude")
    return false;
  return undefined;
}

function exactFilter(
  filter: MultiFilter | undefined,
  get: (row: SearchRow) => string,
): Predicate | undefined {
  if (!filter) return undefined;
  const or = new Set(filter.or);
  const not = new Set(filter.not);
  return (row) => (or.size === 0 || or.has(get(row))) && !not.has(get(row));
}

// `tags` matches the event's tags or the attribute's own (MispAttribute.php set_filter_tags).
function tagFilter(filter: MultiFilter | undefined): Predicate | undefined {
  if (!filter) return undefined;
  const [or, and, not] = [filter.or, filter.and, filter.not].map((list) => list.map(likeMatcher));
  const any = (tags: string[], m: (t: string) => boolean): boolean => tags.some(m);
  return ({ event, attribute }) => {
    const tags = [...event.tags, ...attribute.tags];
    if (or && or.length > 0 && !or.some((m) => any(tags, m))) return false;
    if (and && !and.every((m) => any(tags, m))) return false;
    return !(not && not.some((m) => any(tags, m)));
  };
}

function rangeFilter(
  value: unknown,
  nowSec: number,
  get: (row: SearchRow) => number,
): Predicate | string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const range = resolveTimeFilter(value, nowSec);
  if (typeof range === "string") return range;
  return (row) => get(row) >= range.from && get(row) <= range.to;
}

/**
 * Apply the `/attributes/restSearch` filters the simulator supports to all stored attributes and
 * return the matches in attribute-id order, or a message for a filter MISP would reject. Pure.
 */
export function searchAttributes(
  events: readonly SimEvent[],
  body: Record<string, unknown>,
  nowSec: number,
): { ok: true; rows: SearchRow[] } | { ok: false; message: string } {
  const predicates: Predicate[] = [];
  const add = (p: Predicate | undefined): void => {
    if (p) predicates.push(p);
  };
  add(exactFilter(parseMultiFilter(body["eventid"]), (r) => r.event.id));
  add(exactFilter(parseMultiFilter(body["type"]), (r) => r.attribute.type));
  add(exactFilter(parseMultiFilter(body["category"]), (r) => r.attribute.category));
  add(exactFilter(parseMultiFilter(body["object_relation"]), (r) => r.attribute.objectRelation ?? ""));
  add(tagFilter(parseMultiFilter(body["tags"])));
  const values = parseMultiFilter(body["value"]);
  if (values) {
    const or = values.or.map(likeMatcher);
    const not = values.not.map(likeMatcher);
    add(({ attribute: { value } }) => {
      const parts = [value, ...value.split("|")];
      return (or.length === 0 || or.some((m) => parts.some(m))) && !not.some((m) => parts.some(m));
    });
  }
  const toIds = flag(body["to_ids"]);
  if (toIds !== undefined) add((r) => r.attribute.toIds === toIds);
  const published = flag(body["published"]);
  if (published !== undefined) add((r) => r.event.published === published);
  if (flag(body["enforceWarninglist"])) add((r) => !r.attribute.onWarninglist);
  const deleted = body["deleted"];
  if (Array.isArray(deleted)) add(() => true);
  else if (flag(deleted)) add((r) => r.attribute.deleted);
  else add((r) => !r.attribute.deleted);
  // `last` is the deprecated name of publish_timestamp; both test Event.publish_timestamp.
  for (const key of ["publish_timestamp", "last"]) {
    const p = rangeFilter(body[key], nowSec, (r) => r.event.publishTimestamp);
    if (typeof p === "string") return { ok: false, message: `Invalid ${key}: ${p}` };
    add(p);
  }
  for (const key of ["timestamp", "attribute_timestamp"]) {
    const p = rangeFilter(body[key], nowSec, (r) => r.attribute.timestamp);
    if (typeof p === "string") return { ok: false, message: `Invalid ${key}: ${p}` };
    add(p);
  }
  const rows: SearchRow[] = [];
  for (const event of events) {
    for (const attribute of event.attributes) {
      const row = { event, attribute };
      if (predicates.every((p) => p(row))) rows.push(row);
    }
  }
  return { ok: true, rows: rows.sort((a, b) => Number(a.attribute.id) - Number(b.attribute.id)) };
}
