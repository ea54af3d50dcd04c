import assert from "node:assert/strict";
import { test } from "node:test";
import { anyFilterSet, filterForm, filterSearch, filterSelect } from "./filter-form.js";
import { squash } from "./internal/page-fixtures.js";

test("a filter menu offers any, preselects the value in use and escapes labels and values", () => {
  const menu = squash(
    filterSelect("Tenant", "tenant", [{ value: `t"1`, label: "<b>Acme</b>" }, "t-2"], "t-2").value,
  );
  assert.equal(
    menu,
    `<label>Tenant<select name="tenant"><option value="">any</option>` +
      `<option value="t&quot;1">&lt;b&gt;Acme&lt;/b&gt;</option><option value="t-2" selected>t-2</option>` +
      `</select></label>`,
  );
});

test("a value the menu does not list stays selected, so filtering again keeps it", () => {
  const menu = squash(filterSelect("Tenant", "tenant", ["t-1"], "t-gone").value);
  assert.match(menu, /<option value="t-1">t-1<\/option><option value="t-gone" selected>t-gone<\/option>/);
});

test("a search field shows the value in use and its hint; a bar gets a GET form, a button and Clear", () => {
  const field = squash(filterSearch("Host", "host", `"><x`, "PC-1").value);
  assert.equal(
    field,
    `<label>Host<input type="search" name="host" value="&quot;&gt;&lt;x" placeholder="PC-1" /></label>`,
  );
  const bar = squash(filterForm("/hunts/3", [filterSearch("Host", "host", "")]).value);
  assert.match(bar, /^<form class="filters" method="get" action="\/hunts\/3">/);
  assert.match(
    bar,
    /<button class="btn" type="submit">Filter<\/button><a href="\/hunts\/3">Clear<\/a><\/form>$/,
  );
  assert.ok(!bar.includes('name="page"'), "a new filter starts at page 1");
});

test("a filter counts as set only when a field has a value; false and empty mean any", () => {
  assert.equal(anyFilterSet({ kind: "", doubt: false }), false);
  assert.equal(anyFilterSet({ kind: "", doubt: true }), true);
  assert.equal(anyFilterSet({ host: "pc" }), true);
});
