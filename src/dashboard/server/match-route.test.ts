import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { html } from "../html.js";
import type { DashboardRoute } from "../dashboard-types.js";
import { matchPattern, matchRoute } from "./match-route.js";

const page = async () => ({ title: "t", body: html`` });
const action = async () => ({ redirect: "/" });
const ROUTES: DashboardRoute[] = [
  { method: "GET", pattern: "/", page },
  { method: "GET", pattern: "/plans", page },
  { method: "GET", pattern: "/plans/:id", page },
  { method: "POST", pattern: "/tickets/:id/approve", action },
];

describe("matchRoute", () => {
  test("a literal path finds its route with no parameters", () => {
    const match = matchRoute(ROUTES, "GET", "/plans");
    assert.equal(match.kind, "found");
    assert.deepEqual(match.kind === "found" && match.params, {});
    assert.equal(match.kind === "found" && match.route.pattern, "/plans");
  });

  test("a parameter is URL-decoded", () => {
    const match = matchRoute(ROUTES, "GET", "/plans/a%20b%C3%A9");
    assert.deepEqual(match.kind === "found" && match.params, { id: "a bé" });
  });

  test("a parameter that decodes to a slash, is empty or is malformed matches nothing", () => {
    assert.deepEqual(matchRoute(ROUTES, "GET", "/plans/a%2Fb"), { kind: "not-found" });
    assert.deepEqual(matchRoute(ROUTES, "GET", "/plans/"), { kind: "not-found" });
    assert.deepEqual(matchRoute(ROUTES, "GET", "/plans/%E0%A4%A"), { kind: "not-found" });
  });

  test("extra or missing segments are a 404", () => {
    assert.deepEqual(matchRoute(ROUTES, "GET", "/plans/1/x"), { kind: "not-found" });
    assert.deepEqual(matchRoute(ROUTES, "GET", "/nope"), { kind: "not-found" });
    assert.deepEqual(matchRoute(ROUTES, "GET", "/tickets/1"), { kind: "not-found" });
  });

  test("a known path under another method is a 405 naming the methods it takes", () => {
    assert.deepEqual(matchRoute(ROUTES, "GET", "/tickets/7/approve"), {
      kind: "wrong-method",
      allow: ["POST"],
    });
    assert.deepEqual(matchRoute(ROUTES, "DELETE", "/plans/9"), { kind: "wrong-method", allow: ["GET"] });
  });

  test("a POST route gets its parameter", () => {
    const match = matchRoute(ROUTES, "POST", "/tickets/12/approve");
    assert.deepEqual(match.kind === "found" && match.params, { id: "12" });
  });
});

describe("matchPattern", () => {
  test("the root pattern matches only the root", () => {
    assert.deepEqual(matchPattern("/", "/"), {});
    assert.equal(matchPattern("/", "/x"), undefined);
  });
});
