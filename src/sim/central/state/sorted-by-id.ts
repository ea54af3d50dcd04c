/**
 * Helpers for arrays kept sorted by `id` (a tenant's endpoints): O(log n) lookups without a second
 * index, and the keyset position for "the items after id X".
 */

interface HasId {
  id: string;
}

/** The index of the first item whose id is greater than `id` (or `>=` when `inclusive`). */
export function lowerBoundById(items: readonly HasId[], id: string, inclusive = false): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const other = items[mid]!.id;
    if (other < id || (!inclusive && other === id)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the item with this id, or -1. */
export function indexById(items: readonly HasId[], id: string): number {
  const at = lowerBoundById(items, id, true);
  return at < items.length && items[at]!.id === id ? at : -1;
}

/** Whether the array is sorted by id (strictly increasing). */
export function isSortedById(items: readonly HasId[]): boolean {
  for (let i = 1; i < items.length; i++) if (!(items[i - 1]!.id < items[i]!.id)) return false;
  return true;
}

/** Sort by id in place. */
export function sortById<T extends HasId>(items: T[]): T[] {
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
