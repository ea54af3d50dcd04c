import { test } from "node:test";
import assert from "node:assert/strict";
import { closeNames } from "./close-names.js";

const names = ["IOC hunt (exact)", "IOC hunt (wildcard)", "Processes by hash", "Listening ports"];

test("a wrong case, a part of a name and a typo each find the query meant", () => {
  assert.deepEqual(closeNames("ioc hunt (EXACT)", names)[0], "IOC hunt (exact)");
  assert.deepEqual(closeNames("IOC hunt", names), ["IOC hunt (exact)", "IOC hunt (wildcard)"]);
  assert.deepEqual(closeNames("Listening prots", names), ["Listening ports"]);
});

test("an unrelated name suggests nothing", () => {
  assert.deepEqual(closeNames("Registry run keys", names), []);
});
