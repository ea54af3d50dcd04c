import assert from "node:assert/strict";
import { test } from "node:test";
import { classifyIp } from "./classify-ip.js";

const none = new Map<string, string[]>();

test("the same public IP always gets the same categories, and every risk class occurs", () => {
  const seen = new Set<string>();
  for (let i = 1; i <= 60; i++) {
    const ip = `203.0.113.${i}`;
    assert.deepEqual(classifyIp(ip, none), classifyIp(ip, none));
    seen.add(classifyIp(ip, none).join(","));
  }
  assert.equal(seen.size, 6);
});

test("explicit entries win; private and loopback addresses are unclassified", () => {
  assert.deepEqual(classifyIp("198.51.100.1", new Map([["198.51.100.1", ["psh"]]])), ["psh"]);
  for (const ip of ["10.0.0.1", "192.168.1.1", "172.20.0.5", "127.0.0.1", "::1", "fd00::1"])
    assert.deepEqual(classifyIp(ip, none), ["unclassified"], ip);
});
