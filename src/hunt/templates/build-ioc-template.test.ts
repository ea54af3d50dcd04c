import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { INDICATOR_TYPES } from "../indicator.js";
import { buildIocTemplate } from "./build-ioc-template.js";

const tables = (sql: string): string[] =>
  [...sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)/gi)].map((m) => m[1]!.toLowerCase());

describe("Live Discover IOC template", () => {
  const exact = buildIocTemplate("ld", "exact");

  test("reads only real Sophos journals and osquery's hash table, each within a time chunk", () => {
    const real = ["sophos_process_journal", "sophos_ip_journal", "sophos_dns_journal", "sophos_http_journal"];
    assert.deepEqual(
      [...new Set(tables(exact))].filter((t) => !["chunk", "ioc", "json_each"].includes(t)).sort(),
      [...real, "hash"].sort(),
    );
    for (const journal of real) {
      const alias = new RegExp(
        `JOIN ${journal} (\\w+) ON (\\w+)\\.time >= chunk\\.t AND \\w+\\.time < chunk\\.t \\+ 1200`,
      );
      assert.match(exact, alias, journal);
    }
    assert.match(exact, /json_each\('\$\$IOC JSON\$\$', '\$\.ioc_data'\)/);
    assert.match(exact, /CAST\(strftime\('%s', 'now'\) AS INTEGER\) - 7 \* 86400/);
  });

  test("a given window replaces the default one", () => {
    const sql = buildIocTemplate("ld", "wildcard", { ldWindow: { from: "100", to: "200" } });
    assert.match(sql, /SELECT 100\n\s+UNION ALL SELECT t \+ 1200 FROM chunk WHERE t \+ 1200 < 200/);
    assert.doesNotMatch(sql, /'now'/);
  });
});

describe("Data Lake IOC template", () => {
  const exact = buildIocTemplate("xdr", "exact");

  test("is Presto SQL over xdr_data: UNNEST of the JSON array, no SQLite-only functions", () => {
    assert.deepEqual([...new Set(tables(exact))].sort(), ["ioc", "unnest", "xdr_data"]);
    assert.match(
      exact,
      /UNNEST\(CAST\(json_extract\(json_parse\('\$\$IOC_JSON\$\$'\), '\$\.ioc_data'\) AS ARRAY\(JSON\)\)\) AS t\(item\)/,
    );
    assert.doesNotMatch(exact, /json_each|strftime|\bTEXT\b/);
    assert.match(exact, /x\.endpoint_id AS endpoint_id, x\.meta_hostname AS hostname/);
  });
});

describe("both templates", () => {
  for (const api of ["ld", "xdr"] as const) {
    test(`${api}: every indicator type is compared; exact uses =, wildcard LIKE with an escape`, () => {
      const exact = buildIocTemplate(api, "exact");
      const wildcard = buildIocTemplate(api, "wildcard");
      for (const type of INDICATOR_TYPES) {
        assert.match(
          exact,
          new RegExp(`ioc\\.indicator_type = '${type}' AND [^\\n]+ = (lower\\()?ioc\\.indicator`),
        );
        assert.match(
          wildcard,
          new RegExp(`ioc\\.indicator_type = '${type}' AND [^\\n]+ LIKE [^\\n]+ ESCAPE '\\\\'`),
        );
      }
      assert.doesNotMatch(exact, /LIKE/);
      for (const column of ["event_time", "indicator_type", "indicator", "matched_column", "matched_value"])
        assert.match(exact, new RegExp(`\\b${column}\\b`));
    });
  }
});

describe("templates limited to a batch's indicator types", () => {
  test("a Data Lake batch of IPs and domains names no hash column, so a missing md5 column cannot fail it", () => {
    const sql = buildIocTemplate("xdr", "exact", { types: ["ip", "domain"] });
    assert.doesNotMatch(sql, /\bmd5\b|\bsha1\b|\bsha256\b/);
    assert.match(sql, /'ip'/);
    assert.match(sql, /'domain'/);
  });

  test("a Live Discover batch of domains reads the DNS journal only", () => {
    const sql = buildIocTemplate("ld", "exact", { types: ["domain"] });
    assert.deepEqual(
      [...new Set(tables(sql))].filter((t) => t.startsWith("sophos_")),
      ["sophos_dns_journal"],
    );
  });
});
