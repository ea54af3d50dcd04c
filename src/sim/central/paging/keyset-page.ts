import { badRequest } from "../http/sim-http-error.js";
import { lowerBoundById } from "../state/sorted-by-id.js";
import { compareKeys, type KeyPageRequest, type KeyValues } from "./key-paging.js";
import { keyOf, type SortKey } from "./sort-spec.js";

/** One page of a keyset listing: the items, where the next page starts, and the total if asked. */
export interface KeysetPage<T> {
  items: T[];
  next: KeyValues | undefined;
  total: number | undefined;
}

function checkKey(after: KeyValues | undefined, sortLength: number): void {
  if (after && (after.length !== sortLength + 1 || typeof after[sortLength] !== "string")) {
    throw badRequest("pageFromKey does not belong to this sort order; start again without pageFromKey");
  }
}

/**
 * Page through items kept sorted by id (the default order) without copying: scan forward from the
 * position after the key, collect `size` matches, then look for one more to decide whether a
 * `nextKey` is due. Cost is proportional to what is read, not to the list.
 */
export function pageById<T extends { id: string }>(
  items: readonly T[],
  matches: (item: T) => boolean,
  request: KeyPageRequest,
  matchAll: boolean,
): KeysetPage<T> {
  checkKey(request.after, 0);
  let at = request.after ? lowerBoundById(items, request.after[0] as string) : 0;
  const page: T[] = [];
  let more = false;
  for (; at < items.length; at++) {
    const item = items[at]!;
    if (!matches(item)) continue;
    if (page.length === request.size) {
      more = true;
      break;
    }
    page.push(item);
  }
  let total: number | undefined;
  if (request.pageTotal)
    total = matchAll ? items.length : items.reduce((n, item) => (matches(item) ? n + 1 : n), 0);
  const last = page[page.length - 1];
  return { items: page, next: more && last ? [last.id] : undefined, total };
}

/** Page through an already filtered and sorted list, positioned by binary search on the key. */
export function pageSorted<T extends { id: string }>(
  sorted: readonly T[],
  sort: readonly SortKey<T>[],
  request: KeyPageRequest,
): KeysetPage<T> {
  checkKey(request.after, sort.length);
  const desc = [...sort.map((key) => key.desc), false];
  let lo = 0;
  let hi = sorted.length;
  if (request.after) {
    const after = request.after;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(keyOf(sorted[mid]!, sort), after, desc) <= 0) lo = mid + 1;
      else hi = mid;
    }
  }
  const items = sorted.slice(lo, lo + request.size);
  const last = items[items.length - 1];
  const more = lo + request.size < sorted.length;
  return {
    items,
    next: more && last ? keyOf(last, sort) : undefined,
    total: request.pageTotal ? sorted.length : undefined,
  };
}
