import { strict as assert } from "node:assert";
import { test } from "node:test";
import { IndicatorInputError } from "../indicator-input-error.js";
import { parseStixBundle } from "./parse-stix-bundle.js";

const indicator = (
  id: string,
  pattern: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  type: "indicator",
  spec_version: "2.1",
  id: `indicator--${id}`,
  pattern,
  pattern_type: "stix",
  valid_from: "2024-01-01T00:00:00Z",
  ...extra,
});
const bundle = (...objects: unknown[]): string =>
  JSON.stringify({ type: "bundle", id: "bundle--1", objects });

test("maps simple patterns to indicators with the STIX id as provenance", () => {
  const set = parseStixBundle(
    bundle(
      { type: "identity", id: "identity--1", name: "CERT" },
      indicator(
        "a",
        "[file:hashes.'SHA-256' = '" + "A".repeat(64) + "' OR file:hashes.SHA1 = '" + "b".repeat(40) + "']",
        { name: "Dropper" },
      ),
      indicator(
        "b",
        "[ipv6-addr:value = '2001:DB8::1'] OR [url:value = 'https://evil.example/x'] OR [network-traffic:dst_port = 8443]",
      ),
      indicator("c", "[file:name = 'C:\\\\Temp\\\\evil.exe' OR directory:path = '/tmp/.x']"),
    ),
    "b.json",
  );
  assert.deepEqual(
    set.indicators.map((i) => [i.type, i.value, i.match]),
    [
      ["sha256", "a".repeat(64), "exact"],
      ["sha1", "b".repeat(40), "exact"],
      ["ip", "2001:db8::1", "exact"],
      ["url", "https://evil.example/x", "exact"],
      ["port", "8443", "exact"],
      ["file_path", "C:\\Temp\\evil.exe", "exact"],
      ["pathname", "/tmp/.x", "exact"],
    ],
  );
  assert.deepEqual(set.indicators[0]?.provenance, [
    { source: "b.json", location: "objects[1]", stix: { id: "indicator--a", name: "Dropper" } },
  ]);
  assert.deepEqual(set.skipped, []);
});

test("LIKE keeps wildcards; = keeps % literal", () => {
  const set = parseStixBundle(
    bundle(indicator("a", "[domain-name:value LIKE '%.evil.example' OR file:name = '100%.exe']")),
    "b.json",
  );
  assert.deepEqual(
    set.indicators.map((i) => [i.value, i.match]),
    [
      ["%.evil.example", "wildcard"],
      ["100%.exe", "exact"],
    ],
  );
});

test("reports unsupported patterns, paths, pattern types, revoked and expired indicators as skipped", () => {
  const set = parseStixBundle(
    bundle(
      indicator("a", "[domain-name:value = 'a.example'] FOLLOWEDBY [ipv4-addr:value = '203.0.113.9']"),
      indicator("b", "[windows-registry-key:key = 'HKLM\\\\Run' OR domain-name:value = 'b.example']"),
      indicator("c", "title: x", { pattern_type: "sigma" }),
      indicator("d", "[domain-name:value = 'd.example']", { revoked: true }),
      indicator("e", "[domain-name:value = 'e.example']", { valid_until: "2001-01-01T00:00:00Z" }),
      indicator("f", "[file:hashes.'SHA-512' = 'aa']"),
    ),
    "b.json",
  );
  assert.deepEqual(
    set.indicators.map((i) => i.value),
    ["b.example"],
  );
  const reasons = set.skipped.map((s) => `${s.where} ${s.reason}`);
  assert.equal(reasons.length, 6);
  assert.match(reasons[0] ?? "", /^b\.json objects\[0\] \(indicator--a\) pattern .* FOLLOWEDBY/);
  assert.match(reasons[1] ?? "", /windows-registry-key:key, which has no indicator type/);
  assert.match(reasons[2] ?? "", /pattern_type "sigma"/);
  assert.match(reasons[3] ?? "", /revoked/);
  assert.match(reasons[4] ?? "", /expired/);
  assert.match(reasons[5] ?? "", /file:hashes\.SHA-512/);
});

test("a malformed pattern or bad value is an error naming the indicator", () => {
  assert.throws(
    () =>
      parseStixBundle(
        bundle(indicator("a", "[ipv4-addr:value = '1.2.3.999']"), indicator("b", "[file:name = 'x'")),
        "b.json",
      ),
    (error: unknown) => {
      assert.ok(error instanceof IndicatorInputError);
      assert.deepEqual(
        error.problems.map((p) => p.where),
        ["b.json objects[0] (indicator--a).pattern", "b.json objects[1] (indicator--b).pattern"],
      );
      assert.match(error.problems[1]?.reason ?? "", /not a valid STIX pattern/);
      return true;
    },
  );
});

test("a non-bundle document is refused", () => {
  assert.throws(() => parseStixBundle('{"type": "report"}', "r.json"), /r\.json: is not a STIX bundle/);
});
