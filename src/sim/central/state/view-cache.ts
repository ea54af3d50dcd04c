/**
 * A small LRU of filtered-and-sorted views, so that paging through a sorted listing of 100,000
 * endpoints sorts once rather than once per page. An entry is valid only for the data version it
 * was built from.
 */
export class ViewCache<T> {
  private readonly entries = new Map<string, { version: number; items: T[] }>();

  constructor(private readonly capacity = 16) {}

  get(key: string, version: number, build: () => T[]): T[] {
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.items;
    }
    const items = build();
    this.entries.delete(key);
    this.entries.set(key, { version, items });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return items;
  }
}

/** A cache key for a query string, ignoring the parameters that do not change the item set or order. */
export function viewKey(prefix: string, query: URLSearchParams, ignore: readonly string[]): string {
  const parts = [...query.entries()].filter(([name]) => !ignore.includes(name)).map(([k, v]) => `${k}=${v}`);
  return `${prefix}?${parts.sort().join("&")}`;
}
