import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createFlashMessages } from "./flash-messages.js";
import { localRedirect } from "./local-redirect.js";

describe("flash messages", () => {
  test("a message is shown once", () => {
    const flashes = createFlashMessages();
    const id = flashes.put({ kind: "ok", text: "ticket #3 approved" });
    assert.deepEqual(flashes.take(id), { kind: "ok", text: "ticket #3 approved" });
    assert.equal(flashes.take(id), undefined);
    assert.equal(flashes.take(null), undefined);
  });

  test("a message older than its lifetime is dropped", () => {
    let time = 0;
    const flashes = createFlashMessages({ ttlMs: 1000, now: () => time });
    const id = flashes.put({ kind: "error", text: "late" });
    time = 1000;
    assert.equal(flashes.take(id), undefined);
  });

  test("no more than max messages wait; the oldest goes first", () => {
    const flashes = createFlashMessages({ max: 2 });
    const first = flashes.put({ kind: "ok", text: "1" });
    const second = flashes.put({ kind: "ok", text: "2" });
    const third = flashes.put({ kind: "ok", text: "3" });
    assert.equal(flashes.take(first), undefined);
    assert.equal(flashes.take(second)?.text, "2");
    assert.equal(flashes.take(third)?.text, "3");
  });
});

describe("localRedirect", () => {
  test("a local path keeps its query and gets the flash id", () => {
    assert.equal(localRedirect("/tickets?state=open", "abc"), "/tickets?state=open&flash=abc");
    assert.equal(localRedirect("/plans/1"), "/plans/1");
  });

  test("anything that would leave the site goes to the root instead", () => {
    for (const target of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "plans", ""])
      assert.equal(localRedirect(target, "id"), "/?flash=id", target);
  });
});
