import { CentralError } from "./errors.js";
import type { KeyPages } from "./types.js";

/** One page of a key-paged list (reference §11.1). */
export interface KeyPage<T> {
  items: T[];
  pages?: Partial<KeyPages> | undefined;
}

/**
 * Stream every item of a key-paged list: ask for the next page with `pageFromKey` while the last
 * page carried `nextKey` (it is absent on the last page, reference §11.2). One page is fetched ahead
 * while the caller works on the current one, so memory stays at two pages whatever the estate size.
 * `fetchPage` must send the same filters on every page; only the key changes.
 */
export async function* paginateByKey<T>(
  fetchPage: (pageFromKey: string | undefined) => Promise<KeyPage<T>>,
): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  let current: Promise<KeyPage<T>> | undefined = fetchPage(undefined);
  while (current !== undefined) {
    const page: KeyPage<T> = await current;
    const nextKey = page.pages?.nextKey;
    current = undefined;
    if (typeof nextKey === "string" && nextKey !== "") {
      if (seen.has(nextKey)) {
        throw new CentralError(
          `Paging did not advance: nextKey ${JSON.stringify(nextKey)} came back twice. Items were not skipped, but the ` +
            "list cannot be completed; report this with the route.",
        );
      }
      seen.add(nextKey);
      current = fetchPage(nextKey);
      // If the consumer stops early, nobody awaits the prefetch; keep its failure from going unhandled.
      current.catch(() => undefined);
    }
    yield* page.items;
  }
}
