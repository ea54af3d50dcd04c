import assert from "node:assert/strict";
import { test } from "node:test";
import { pageWindow, renderPager } from "./pager.js";

test("the page number falls back to 1 for anything that is not a positive whole number", () => {
  for (const page of ["0", "-2", "abc", "1.5", ""]) {
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
