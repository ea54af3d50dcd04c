import { encodeSiemCursor, type SiemPosition } from "./siem-cursor.js";
import type { SiemItem } from "./siem-items.js";

/** A SIEM response body (reference §9.1). */
export interface SiemPage {
  has_more: boolean;
  next_cursor: string;
  items: Array<Record<string, unknown>>;
}

/**
 * The page after `start` of items sorted by (at, id): up to `limit` items strictly after the
 * position, `has_more` when more follow, and a `next_cursor` that resumes right after the last
 * item (or stays at `start` when there was nothing new, so a poller can keep using it).
 */
export function siemPage(sorted: readonly SiemItem[], start: SiemPosition, limit: number): SiemPage {
  const first = sorted.findIndex(
    (item) => item.at > start.at || (item.at === start.at && item.id > start.id),
  );
  const from = first < 0 ? sorted.length : first;
  const slice = sorted.slice(from, from + limit);
  const last = slice.at(-1);
  return {
    has_more: from + slice.length < sorted.length,
    next_cursor: encodeSiemCursor(last ? { at: last.at, id: last.id } : start),
    items: slice.map((item) => item.body),
  };
}
