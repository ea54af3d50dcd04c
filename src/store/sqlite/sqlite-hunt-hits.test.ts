import { strict as assert } from "node:assert";
import { test } from "node:test";
import { openStore } from "../open-store.js";

test("filterNew reports each hit once per hunt, across batches, in input order", async () => {
  const store = openStore(":memory:");
  try {
    assert.deepEqual(await store.huntHits.filterNew("advisory-1", ["h2", "h1", "h2"]), ["h2", "h1"]);
    await store.huntHits.remember("advisory-1", ["h1", "h2"]);
    await store.huntHits.remember("advisory-1", ["h1"]);
    assert.deepEqual(await store.huntHits.filterNew("advisory-1", ["h1", "h3", "h2"]), ["h3"]);
    assert.deepEqual(await store.huntHits.filterNew("advisory-2", ["h1"]), ["h1"], "hunts are separate");
  } finally {
    store.close();
  }
});
