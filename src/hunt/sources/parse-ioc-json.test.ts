import { strict as assert } from "node:assert";
import { test } from "node:test";
import { IndicatorInputError } from "../indicator-input-error.js";
import { parseIocJson } from "./parse-ioc-json.js";

const doc = (entries: unknown[]): string => JSON.stringify({ ioc_data: entries });

test("parses the Sophos schema, normalises values and records the entry as provenance", () => {
  const set = parseIocJson(
    doc([
      { indicator_type: "domain", data: "Evil[.]Example" },
      { indicator_type: "port", data: 443 },
    ]),
    "inline",
  );
  assert.deepEqual(set.indicators, [
    {
      type: "domain",
      value: "evil.example",
      match: "exact",
      provenance: [{ source: "inline", location: "ioc_data[0]" }],
    },
    {
      type: "port",
      value: "443",
      match: "exact",
      provenance: [{ source: "inline", location: "ioc_data[1]" }],
    },
  ]);
});

test("collects every malformed entry, naming each by its JSON path", () => {
  const text = doc([
    { indicator_type: "ip", data: "1.2.3.4" },
    { indicator_type: "ip", data: "1.2.3.999" },
    { indicator_type: "nope", data: "x" },
    { data: "x" },
    { indicator_type: "md5", data: ["x"] },
    7,
  ]);
  assert.throws(
    () => parseIocJson(text, "inline"),
    (error: unknown) => {
      assert.ok(error instanceof IndicatorInputError);
      assert.deepEqual(
        error.problems.map((p) => p.where),
        [
          "inline ioc_data[1].data",
          "inline ioc_data[2].indicator_type",
          "inline ioc_data[3].indicator_type",
          "inline ioc_data[4].data",
          "inline ioc_data[5]",
        ],
      );
      assert.match(error.message, /^inline: 5 indicator problems:/);
      assert.match(
        error.message,
        /ioc_data\[1\]\.data: "1\.2\.3\.999" is not a valid IPv4 address: octet 999 is above 255/,
      );
      assert.match(error.message, /lenient/);
      return true;
    },
  );
});

test("lenient mode skips malformed entries and reports them", () => {
  const set = parseIocJson(
    doc([
      { indicator_type: "ip", data: "1.2.3.4" },
      { indicator_type: "ip", data: "x.y" },
    ]),
    "inline",
    { lenient: true },
  );
  assert.equal(set.indicators.length, 1);
  assert.equal(set.rejected.length, 1);
  assert.equal(set.rejected[0]?.where, "inline ioc_data[1].data");
  assert.equal(set.rejected[0]?.value, "x.y");
});

test("the error lists the first 20 problems and counts the rest", () => {
  const entries = Array.from({ length: 25 }, () => ({ indicator_type: "ip", data: "bad" }));
  assert.throws(() => parseIocJson(doc(entries), "big.json"), /ioc_data\[19\][^]*… and 5 more/);
});

test("invalid JSON and the wrong root shape fail with the source named", () => {
  assert.throws(
    () => parseIocJson('{"ioc_data": [\n  {"indicator_type": "ip",}\n]}', "x.json"),
    /x\.json:2:\d+: is not valid JSON/,
  );
  assert.throws(
    () => parseIocJson('{"iocs": []}', "x.json"),
    /x\.json: has the wrong shape: expected \{"ioc_data"/,
  );
});
