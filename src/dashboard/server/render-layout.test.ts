import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { html } from "../html.js";
import type { DashboardRoute } from "../dashboard-types.js";
import { navFromRoutes, renderLayout } from "./render-layout.js";

const page = async () => ({ title: "t", body: html`` });
const ROUTES: DashboardRoute[] = [
  { method: "GET", pattern: "/", nav: "Overview", page },
  { method: "GET", pattern: "/plans", nav: "Plans", page },
  { method: "GET", pattern: "/plans/:id", nav: "Plan", page },
  { method: "GET", pattern: "/audit", page },
  { method: "POST", pattern: "/tickets/:id/approve", action: async () => ({ redirect: "/" }) },
];

describe("renderLayout", () => {
  const nav = navFromRoutes(ROUTES);

  test("the nav lists GET routes with a label and no parameters, in order", () => {
    assert.deepEqual(nav, [
      { label: "Overview", href: "/" },
      { label: "Plans", href: "/plans" },
    ]);
  });

  test("a page is a complete document with its title, the stylesheet and the body", () => {
    const page = renderLayout({ title: "Plans", body: html`<p>hello</p>`, nav, path: "/plans" });
    assert.match(page, /^<!doctype html>/);
    assert.match(page, /<title>Plans · centralctl<\/title>/);
    assert.match(page, /<link rel="stylesheet" href="\/assets\/dashboard.css" \/>/);
    assert.match(page, /<main><p>hello<\/p><\/main>/);
  });

  test("the current section is marked, including on its sub-pages, and the root only on itself", () => {
    const current = (path: string): string[] =>
      [
        ...renderLayout({ title: "x", body: html``, nav, path }).matchAll(
          /href="([^"]*)"\s*aria-current="page"/g,
        ),
      ].map((m) => m[1] as string);
    assert.deepEqual(current("/plans"), ["/plans"]);
    assert.deepEqual(current("/plans/abc"), ["/plans"]);
    assert.deepEqual(current("/"), ["/"]);
    assert.deepEqual(current("/plansx"), []);
  });

  test("a flash message is shown with its kind, escaped", () => {
    const page = renderLayout({
      title: "x",
      body: html``,
      nav,
      path: "/",
      flash: { kind: "error", text: "<script>alert(1)</script> failed" },
    });
    assert.match(
      page,
      /<p class="flash flash-error" role="status">\s*&lt;script&gt;alert\(1\)&lt;\/script&gt; failed/,
    );
    assert.ok(!page.includes("<script>"));
  });

  test("the footer names the state store, and a title from data is escaped", () => {
    const page = renderLayout({
      title: "<b>host</b>",
      body: html``,
      nav: [],
      path: "/",
      storeLocation: "/home/a/state.db",
    });
    assert.match(page, /<footer>State store <code>\/home\/a\/state.db<\/code><\/footer>/);
    assert.match(page, /<title>&lt;b&gt;host&lt;\/b&gt; · centralctl<\/title>/);
    assert.ok(!page.includes("<nav"), "no navigation when there are no entries");
  });
});
