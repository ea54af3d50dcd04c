import { badRequest } from "../http/sim-http-error.js";
import type { KeyValues } from "./key-paging.js";

/** How to read one sortable field of a record. */
export type SortValue<T> = (item: T) => string | number | boolean;

/** One sort criterion. */
export interface SortKey<T> {
  field: string;
  desc: boolean;
  value: SortValue<T>;
}

/**
 * Parse `sort` items (`field` or `field:asc|desc`, reference §11.4) against the fields a route can sort
 * by; anything else answers 400 listing the allowed fields.
 */
export function parseSort<T>(
  items: readonly string[] | undefined,
  fields: Readonly<Record<string, SortValue<T>>>,
): SortKey<T>[] {
  if (!items) return [];
  return items.map((item) => {
    const match = /^([^:]+)(?::(asc|desc))?$/i.exec(item.trim());
    const value = match ? fields[match[1]!] : undefined;
    if (!match || !value) {
      throw badRequest(
        `Invalid sort '${item}'; use field or field:asc|desc with field one of ${Object.keys(fields).join(", ")}`,
      );
    }
    return { field: match[1]!, desc: match[2]?.toLowerCase() === "desc", value };
  });
}

/** The keyset position of an item under a sort: its sort values, then its id. */
export function keyOf<T extends { id: string }>(item: T, sort: readonly SortKey<T>[]): KeyValues {
  return [...sort.map((key) => key.value(item)), item.id];
}

/** A comparator for a sort, ties broken by id ascending (so every order is total). */
export function comparator<T extends { id: string }>(sort: readonly SortKey<T>[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of sort) {
      const x = key.value(a);
      const y = key.value(b);
      if (x !== y) return (x < y ? -1 : 1) * (key.desc ? -1 : 1);
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
