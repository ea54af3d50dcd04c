import type { NumberPages } from "../../../central/types.js";
import { boolParam, intParam } from "../http/query-params.js";

/** Page-size rules of one page-number paged route. */
export interface NumberPagingRules {
  defaultSize: number;
  maxSize: number;
}

/** A parsed page-number request. */
export interface NumberPageRequest {
  page: number;
  size: number;
  pageTotal: boolean;
}

/** Read `page` (from 1), `pageSize` (1..maxSize, else 400) and `pageTotal`. */
export function parseNumberPaging(query: URLSearchParams, rules: NumberPagingRules): NumberPageRequest {
  return {
    page: intParam(query, "page", 1, 1_000_000_000) ?? 1,
    size: intParam(query, "pageSize", 1, rules.maxSize) ?? rules.defaultSize,
    pageTotal: boolParam(query, "pageTotal") ?? false,
  };
}

/**
 * One page of `items`: `{items, pages: {current, size, maxSize, total?, items?}}`. `total` (number of
 * pages) and `items` (number of items) only with `pageTotal=true` (reference §11.2). A page past the
 * end is empty, not an error.
 */
export function numberPage<T, R = T>(
  items: readonly T[],
  request: NumberPageRequest,
  rules: NumberPagingRules,
  render: (item: T) => R = (item) => item as unknown as R,
): { items: R[]; pages: NumberPages } {
  const start = (request.page - 1) * request.size;
  const pages: NumberPages = { current: request.page, size: request.size, maxSize: rules.maxSize };
  if (request.pageTotal) {
    pages.total = Math.ceil(items.length / request.size);
    pages.items = items.length;
  }
  return { items: items.slice(start, start + request.size).map(render), pages };
}
