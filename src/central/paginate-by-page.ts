import type { NumberPages } from "./types.js";

/** One page of a page-number list (reference §11.1). */
export interface NumberPage<T> {
  items: T[];
  pages?: Partial<NumberPages> | undefined;
}

function hasMore<T>(page: NumberPage<T>, pageNumber: number, pageSize: number): boolean {
  if (page.items.length === 0) return false;
  const total = page.pages?.total;
  // `total` is the number of pages when `pageTotal=true` was sent; otherwise a short page is the last.
  if (typeof total === "number") return pageNumber < total;
  return page.items.length >= (page.pages?.size ?? pageSize);
}

/**
 * Stream every item of a page-number list (`page` starts at 1). Callers should send
 * `pageTotal=true` so the end is known from `pages.total`; without it a short page ends the list.
 * The next page is fetched while the caller works through the current one.
 */
export async function* paginateByPage<T>(
  fetchPage: (page: number) => Promise<NumberPage<T>>,
  pageSize: number,
): AsyncGenerator<T, void, undefined> {
  let pageNumber = 1;
  let current: Promise<NumberPage<T>> | undefined = fetchPage(pageNumber);
  while (current !== undefined) {
    const page: NumberPage<T> = await current;
    current = undefined;
    if (hasMore(page, pageNumber, pageSize)) {
      pageNumber += 1;
      current = fetchPage(pageNumber);
      current.catch(() => undefined);
    }
    yield* page.items;
  }
}
