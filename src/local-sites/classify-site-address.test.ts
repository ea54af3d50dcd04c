import assert from "node:assert/strict";
import { test } from "node:test";
import { classifySiteAddress } from "./classify-site-address.js";

const kindOf = (value: string) => classifySiteAddress(value).kind;

test("bare IPv4 and IPv6 addresses go to the IP lookup, normalised", () => {
  assert.deepEqual(classifySiteAddress(" 203.0.113.7 "), {
    kind: "ip",
    value: "203.0.113.7",
    key: "ip:203.0.113.7",
  });
  assert.deepEqual(classifySiteAddress("[2001:DB8::1]"), {
    kind: "ip",
    value: "2001:db8::1",
    key: "ip:2001:db8::1",
  });
});

test("CIDR and IP ranges are ranges; bad prefixes and junk are unusable", () => {
  assert.equal(kindOf("10.0.0.0/8"), "cidr");
  assert.equal(kindOf("2001:db8::/32"), "cidr");
  assert.equal(kindOf("10.0.0.1 - 10.0.0.20"), "cidr");
  assert.equal(kindOf("10.0.0.0/33"), "unusable");
  assert.equal(kindOf(""), "unusable");
  assert.equal(kindOf("two words"), "unusable");
  assert.equal(kindOf("http://"), "unusable");
});

test("URLs, domains, wildcards and URLs with an IP host go to the URL lookup", () => {
  for (const value of [
    "https://github.com",
    "example.org",
    "https://*.sharepoint.com",
    "http://10.0.0.15:8080",
  ])
    assert.equal(kindOf(value), "url", value);
});
