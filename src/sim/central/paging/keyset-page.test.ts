import { strict as assert } from "node:assert";
import { test } from "node:test";
import { pageById, pageSorted } from "./keyset-page.js";
import type { KeyPageRequest } from "./key-paging.js";
import { comparator, type SortKey } from "./sort-spec.js";

interface Item {
  id: string;
  score: number;
}

const items: Item[] = Array.from({ length: 10 }, (_, i) => ({
  id: `id-${String(i).padStart(2, "0")}`,
  score: i % 3,
}));
const request = (size: number, after?: KeyPageRequest["after"], pageTotal = false): KeyPageRequest => ({
  size,
  fromKey: after ? "k" : undefined,
  after,
  pageTotal,
});

test("pageById continues after the key even when that item has been removed", () => {
  const first = pageById(items, () => true, request(4), true);
  assert.deepEqual(
    first.items.map((i) => i.id),
    ["id-00", "id-01", "id-02", "id-03"],
  );
  assert.deepEqual(first.next, ["id-03"]);
  const without = items.filter((i) => i.id !== "id-03" && i.id !== "id-04");
  const second = pageById(without, () => true, request(4, first.next), true);
  assert.deepEqual(
    second.items.map((i) => i.id),
    ["id-05", "id-06", "id-07", "id-08"],
  );
});

test("pageById gives no next key when nothing more matches, and counts matches for pageTotal", () => {
  const odd = (i: Item): boolean => Number(i.id.slice(3)) % 2 === 1;
  const page = pageById(items, odd, request(5, undefined, true), false);
  assert.equal(page.items.length, 5);
  assert.equal(page.next, undefined);
  assert.equal(page.total, 5);
});

test("pageSorted positions by (sort values, id) and keeps the order across pages", () => {
  const sort: SortKey<Item>[] = [{ field: "score", desc: true, value: (i) => i.score }];
  const sorted = [...items].sort(comparator(sort));
  const seen: string[] = [];
  let after: KeyPageRequest["after"];
  do {
    const page = pageSorted(sorted, sort, request(3, after));
    seen.push(...page.items.map((i) => i.id));
    after = page.next;
  } while (after);
  assert.deepEqual(
    seen,
    sorted.map((i) => i.id),
  );
  assert.throws(() => pageSorted(sorted, sort, request(3, ["id-01"])), /sort order/);
});
