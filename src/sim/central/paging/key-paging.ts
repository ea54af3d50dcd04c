/**
 * Key-based paging (`pageSize`, `pageFromKey`, `pageTotal`; reference §11). Keys are keyset
 * positions: the sort values and id of the last item served, base64url-encoded JSON. Reading "the
 * items after that position" means an item deleted between two pages can never cause a skip or a
 * duplicate, unlike offsets.
 */
import type { KeyPages } from "../../../central/types.js";
import { boolParam, intParam, stringParam } from "../http/query-params.js";
import { badRequest } from "../http/sim-http-error.js";

/** A keyset position: sort values followed by the id. */
export type KeyValues = Array<string | number | boolean>;

/** Page-size rules of one key-paged route. */
export interface KeyPagingRules {
  defaultSize: number;
  maxSize: number;
}

/** A parsed key-paged request. */
export interface KeyPageRequest {
  size: number;
  fromKey: string | undefined;
  /** Decoded `pageFromKey`. */
  after: KeyValues | undefined;
  pageTotal: boolean;
}

function encodeKey(values: KeyValues): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeKey(key: string): KeyValues {
  try {
    const values: unknown = JSON.parse(Buffer.from(key, "base64url").toString("utf8"));
    if (
      Array.isArray(values) &&
      values.length > 0 &&
      values.every((v) => ["string", "number", "boolean"].includes(typeof v))
    ) {
      return values as KeyValues;
    }
  } catch {
    // reported below
  }
  throw badRequest(`Invalid pageFromKey '${key}'; pass the nextKey of the previous page unchanged`);
}

/** Read paging parameters from a query string (GET) ... */
export function parseKeyPaging(query: URLSearchParams, rules: KeyPagingRules): KeyPageRequest {
  const fromKey = stringParam(query, "pageFromKey") || undefined;
  return {
    size: intParam(query, "pageSize", 1, rules.maxSize) ?? rules.defaultSize,
    fromKey,
    after: fromKey ? decodeKey(fromKey) : undefined,
    pageTotal: boolParam(query, "pageTotal") ?? false,
  };
}

/**
 * The `pages` object: `nextKey` only when more items follow (absent on the last page, which the
 * anchor client relies on), `fromKey` echoing the key used, `total` (pages) and `items` only with
 * `pageTotal=true`.
 */
export function keyPages(
  request: KeyPageRequest,
  rules: KeyPagingRules,
  next: KeyValues | undefined,
  totalItems: number | undefined,
): KeyPages {
  const pages: KeyPages = { size: request.size, maxSize: rules.maxSize };
  if (request.fromKey) pages.fromKey = request.fromKey;
  if (next) pages.nextKey = encodeKey(next);
  if (request.pageTotal && totalItems !== undefined) {
    pages.total = Math.ceil(totalItems / request.size);
    pages.items = totalItems;
  }
  return pages;
}

/** Compare two keyset positions value by value (`desc[i]` flips the order of value i). */
export function compareKeys(a: KeyValues, b: KeyValues, desc: readonly boolean[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const order = x < y ? -1 : 1;
    return desc[i] ? -order : order;
  }
  return 0;
}
