import { strict as assert } from "node:assert";
import { test } from "node:test";
import { IndicatorInputError } from "../indicator-input-error.js";
import { parseIocCsv } from "./parse-ioc-csv.js";

test("reads type,value rows with an optional header, comments, blank lines and quoted commas", () => {
  const text =
    '# advisory 17\ntype,value\r\nip,203.0.113.9\n\n  # note\nurl,"https://evil.example/a,b#frag"\n';
  const set = parseIocCsv(text, "a.csv");
  assert.deepEqual(
    set.indicators.map((i) => [i.type, i.value, i.provenance[0]?.location]),
    [
      ["ip", "203.0.113.9", "line 3"],
      ["url", "https://evil.example/a,b#frag", "line 6"],
    ],
  );
});

test("works without a header", () => {
  assert.equal(parseIocCsv("domain,evil[.]example\n", "a.csv").indicators[0]?.value, "evil.example");
});

test("errors name the file and line of every bad row", () => {
  const text = 'type,value\nip,1.2.3.4\nip,1.2.3.999\nsha1,xyz\nurl,http://a.example/,extra\n"unclosed,x\n';
  assert.throws(
    () => parseIocCsv(text, "feed.csv"),
    (error: unknown) => {
      assert.ok(error instanceof IndicatorInputError);
      assert.deepEqual(
        error.problems.map((p) => p.where),
        ["feed.csv:3", "feed.csv:4", "feed.csv:5", "feed.csv:6"],
      );
      assert.match(error.problems[2]?.reason ?? "", /quote values that contain commas/);
      assert.match(error.problems[3]?.reason ?? "", /not valid CSV/);
      return true;
    },
  );
});

test("with a header, extra columns are allowed and the named columns are used", () => {
  const set = parseIocCsv("comment,value,type\nc2 box,203.0.113.9,ip\n", "a.csv");
  assert.deepEqual(
    set.indicators.map((i) => [i.type, i.value]),
    [["ip", "203.0.113.9"]],
  );
});

test("duplicates across rows merge with both line numbers", () => {
  const set = parseIocCsv("domain,evil.example\ndomain,EVIL[.]example\n", "a.csv");
  assert.equal(set.indicators.length, 1);
  assert.deepEqual(
    set.indicators[0]?.provenance.map((p) => p.location),
    ["line 1", "line 2"],
  );
});
