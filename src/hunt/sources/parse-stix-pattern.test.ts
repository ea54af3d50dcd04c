import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parseStixPattern } from "./parse-stix-pattern.js";

test("reads a hash comparison with a quoted property name", () => {
  assert.deepEqual(parseStixPattern("[file:hashes.'SHA-256' = 'ab\\'c']"), {
    ok: true,
    comparisons: [{ path: "file:hashes.SHA-256", operator: "=", values: ["ab'c"] }],
  });
});

test("flattens ORs inside and between observations, IN lists and LIKE", () => {
  const r = parseStixPattern(
    "([ipv4-addr:value = '203.0.113.9' OR (domain-name:value LIKE '%.evil.example')] OR [network-traffic:dst_port IN (443, 8443)])",
  );
  assert.ok(r.ok);
  assert.deepEqual(r.comparisons, [
    { path: "ipv4-addr:value", operator: "=", values: ["203.0.113.9"] },
    { path: "domain-name:value", operator: "LIKE", values: ["%.evil.example"] },
    { path: "network-traffic:dst_port", operator: "=", values: ["443", "8443"] },
  ]);
});

test("AND, FOLLOWEDBY, NOT, qualifiers, other operators and typed literals are unsupported", () => {
  const cases: Array<[string, RegExp]> = [
    ["[file:name = 'a' AND file:size = 1]", /AND/],
    ["[domain-name:value = 'a.example'] AND [ipv4-addr:value = '1.2.3.4']", /correlation/],
    ["[domain-name:value = 'a.example'] FOLLOWEDBY [ipv4-addr:value = '1.2.3.4']", /FOLLOWEDBY/],
    ["[file:name NOT = 'a']", /negates/],
    ["[domain-name:value = 'a.example'] WITHIN 60 SECONDS", /WITHIN/],
    ["[file:size > 10]", /operator >/],
    ["[file:name MATCHES '^a']", /operator MATCHES/],
    ["[file:created = t'2020-01-01T00:00:00Z']", /t'...'/],
  ];
  for (const [pattern, reason] of cases) {
    const r = parseStixPattern(pattern);
    assert.equal(r.ok, false, pattern);
    if (!r.ok) {
      assert.equal(r.kind, "unsupported", pattern);
      assert.match(r.reason, reason, pattern);
    }
  }
});

test("malformed patterns are syntax errors", () => {
  for (const pattern of [
    "[file:name = 'a'",
    "file:name = 'a'",
    "[file:name = 'a]",
    "[= 'a']",
    "[file:name = 'a'] junk",
  ]) {
    const r = parseStixPattern(pattern);
    assert.equal(r.ok ? "ok" : r.kind, "syntax", pattern);
  }
});
