import assert from "node:assert/strict";
import { test } from "node:test";
import { counted, formatBytes } from "./format-quantity.js";

test("sizes read in B, KB, MB", () => {
  assert.equal(formatBytes(512), "512 B");
  assert.equal(formatBytes(3 * 1024 + 512), "3.5 KB");
  assert.equal(formatBytes(5 * 1024 * 1024), "5.0 MB");
});

test("counts read naturally in the singular and the plural", () => {
  assert.equal(counted(1, "device"), "1 device");
  assert.equal(counted(3, "device"), "3 devices");
  assert.equal(counted(2, "entry", "entries"), "2 entries");
});
