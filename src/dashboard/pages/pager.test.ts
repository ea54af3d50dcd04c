import assert from "node:assert/strict";
import { test } from "node:test";
import { pageWindow, pastLastPage, renderPager } from "./pager.js";

test("the page number falls back to 1 for anything that is not a positive whole number", () => {
  for (const page of ["0", "-2", "abc", "1.5", "", "1e3", "0x10", " 2"]) {
    assert.equal(pageWindow(new URLSearchParams({ page }), 100).page, 1, page);
  }
  assert.deepEqual(pageWindow(new URLSearchParams("page=3"), 100), {
    page: 3,
    perPage: 100,
    start: 200,
    end: 300,
  });
});

test("pager links keep the filters, and nothing is rendered when all fits on one page", () => {
  const query = new URLSearchParams({ action: "delete", host: "a&b", page: "2" });
  const pager = renderPager("/plans/p1", query, pageWindow(query, 100), 350).value;
  assert.match(pager, /href="\/plans\/p1\?action=delete&amp;host=a%26b&amp;page=1"/);
  assert.match(pager, /href="\/plans\/p1\?action=delete&amp;host=a%26b&amp;page=3"/);
  assert.match(pager, /Page 2 of 4 \(350 matching\)/);
  assert.equal(
    renderPager("/x", new URLSearchParams(), pageWindow(new URLSearchParams(), 100), 99).value,
    "",
  );
});

test("a page number too large for an exact offset is capped, so the offset stays a whole number", () => {
  const window = pageWindow(new URLSearchParams("page=9999999999999999"), 100);
  assert.ok(Number.isSafeInteger(window.start) && window.start > 0, String(window.start));
  assert.equal(window.page, Math.floor(Number.MAX_SAFE_INTEGER / 100));
});

test("a page past the last one says so, and an empty list or a page in range says nothing", () => {
  const page = (n: number) => pageWindow(new URLSearchParams({ page: String(n) }), 100);
  assert.match(pastLastPage(page(5), 350, "hits")?.value ?? "", /Page 5 is past the last page of these hits/);
  assert.equal(pastLastPage(page(4), 301, "hits"), undefined, "page 4 holds item 301");
  assert.equal(
    pastLastPage(page(2), 100, "hits")?.value.includes("Page 2"),
    true,
    "100 items fill page 1 only",
  );
  assert.equal(pastLastPage(page(3), 0, "hits"), undefined, "nothing matches: the page says that instead");
});
