import { strict as assert } from "node:assert";
import { test } from "node:test";
import { dedupeIndicators } from "./dedupe-indicators.js";
import type { Indicator } from "./indicator.js";

const at = (source: string, location: string): Indicator["provenance"][number] => ({ source, location });

test("indicators with the same type and value merge, keeping every provenance in order", () => {
  const out = dedupeIndicators([
    { type: "domain", value: "evil.example", match: "exact", provenance: [at("a.csv", "line 2")] },
    { type: "ip", value: "203.0.113.9", match: "exact", provenance: [at("a.csv", "line 3")] },
    {
      type: "domain",
      value: "evil.example",
      match: "exact",
      provenance: [at("b.json", "ioc_data[0]"), at("a.csv", "line 2")],
    },
  ]);
  assert.equal(out.length, 2);
  assert.deepEqual(out[0]?.provenance, [at("a.csv", "line 2"), at("b.json", "ioc_data[0]")]);
});

test("same value under another type or match mode stays separate", () => {
  const out = dedupeIndicators([
    { type: "filename", value: "x%", match: "wildcard", provenance: [] },
    { type: "filename", value: "x%", match: "exact", provenance: [] },
    { type: "pathname", value: "x%", match: "wildcard", provenance: [] },
  ]);
  assert.equal(out.length, 3);
});

test("Windows paths compare without case; POSIX paths with case", () => {
  const out = dedupeIndicators([
    { type: "file_path", value: "C:\\Temp\\X.exe", match: "exact", provenance: [at("a", "1")] },
    { type: "file_path", value: "c:\\temp\\x.EXE", match: "exact", provenance: [at("b", "2")] },
    { type: "file_path", value: "/tmp/X", match: "exact", provenance: [] },
    { type: "file_path", value: "/tmp/x", match: "exact", provenance: [] },
  ]);
  assert.equal(out.length, 3);
  assert.equal(out[0]?.value, "C:\\Temp\\X.exe");
  assert.equal(out[0]?.provenance.length, 2);
});

test("inputs are not modified", () => {
  const first: Indicator = { type: "ip", value: "203.0.113.9", match: "exact", provenance: [at("a", "1")] };
  dedupeIndicators([first, { ...first, provenance: [at("b", "2")] }]);
  assert.equal(first.provenance.length, 1);
});
