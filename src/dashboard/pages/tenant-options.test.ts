import assert from "node:assert/strict";
import { test } from "node:test";
import { tenantOptions } from "./tenant-options.js";

test("the tenant menu lists names in reading order, ids for unnamed tenants, and tells twins apart", () => {
  const names = new Map([
    ["t-3", "beta"],
    ["t-1", "Acme"],
    ["t-2", "Acme"],
    ["t-5", "Zulu 10"],
    ["t-6", "Zulu 9"],
  ]);
  const options = tenantOptions(["t-1", "t-2", "t-3", "t-4", "t-5", "t-6"], names);
  assert.deepEqual(
    options.map((o) => o.label),
    ["Acme (t-1)", "Acme (t-2)", "beta", "t-4", "Zulu 9", "Zulu 10"],
  );
  assert.deepEqual(
    options.map((o) => o.value),
    ["t-1", "t-2", "t-3", "t-4", "t-6", "t-5"],
  );
});

test("a plan without names lists its tenant ids", () => {
  assert.deepEqual(tenantOptions(["t-b", "t-a"], undefined), [
    { value: "t-a", label: "t-a" },
    { value: "t-b", label: "t-b" },
  ]);
});
