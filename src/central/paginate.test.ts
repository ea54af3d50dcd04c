import { describe, test } from "node:test";
import { strict as assert } from "node:assert";
import { paginateByKey, type KeyPage } from "./paginate-by-key.js";
import { paginateByPage, type NumberPage } from "./paginate-by-page.js";

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("paginateByKey", () => {
  test("follows nextKey until it is absent and yields every item once", async () => {
    const keys: Array<string | undefined> = [];
    const pages: Record<string, KeyPage<number>> = {
      first: { items: [1, 2], pages: { nextKey: "k/2" } },
      "k/2": { items: [3, 4], pages: { nextKey: "k3" } },
      k3: { items: [5], pages: {} },
    };
    const items = await collect(
      paginateByKey(async (key) => {
        keys.push(key);
        return pages[key ?? "first"]!;
      }),
    );
    assert.deepEqual(items, [1, 2, 3, 4, 5]);
    assert.deepEqual(keys, [undefined, "k/2", "k3"]);
  });

  test("does not fetch beyond the page the consumer stopped in, except one prefetch", async () => {
    let fetched = 0;
    const it = paginateByKey(async (key) => {
      fetched += 1;
      return { items: [1, 2, 3], pages: { nextKey: `${Number(key ?? 0) + 1}` } };
    });
    for await (const x of it) if (x === 2) break;
    assert.equal(fetched, 2);
  });

  test("fails loudly when the server repeats a key instead of looping forever", async () => {
    await assert.rejects(
      collect(paginateByKey(async () => ({ items: [1], pages: { nextKey: "same" } }))),
      /did not advance/,
    );
  });

  test("a failed page rejects the iteration", async () => {
    const it = paginateByKey(async (key) => {
      if (key) throw new Error("page 2 failed");
      return { items: [1], pages: { nextKey: "2" } };
    });
    await assert.rejects(collect(it), /page 2 failed/);
  });
});

describe("paginateByPage", () => {
  test("uses pages.total to stop", async () => {
    const asked: number[] = [];
    const items = await collect(
      paginateByPage(async (page): Promise<NumberPage<string>> => {
        asked.push(page);
        return { items: [`p${page}a`, `p${page}b`], pages: { current: page, size: 2, total: 3 } };
      }, 2),
    );
    assert.deepEqual(asked, [1, 2, 3]);
    assert.equal(items.length, 6);
  });

  test("without total, a short page is the last", async () => {
    const asked: number[] = [];
    const items = await collect(
      paginateByPage(async (page) => {
        asked.push(page);
        return { items: page < 3 ? [1, 2] : [3] };
      }, 2),
    );
    assert.deepEqual(asked, [1, 2, 3]);
    assert.deepEqual(items, [1, 2, 1, 2, 3]);
  });

  test("an empty first page yields nothing and asks once", async () => {
    let calls = 0;
    const items = await collect(
      paginateByPage(async () => {
        calls += 1;
        return { items: [], pages: { total: 0 } };
      }, 100),
    );
    assert.deepEqual(items, []);
    assert.equal(calls, 1);
  });
});
