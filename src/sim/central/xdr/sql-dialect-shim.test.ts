import { test } from "node:test";
import assert from "node:assert/strict";
import Database from "better-sqlite3";
import { registerDialectFunctions, translateToSqlite } from "./sql-dialect-shim.js";

const withDb = <T>(now: number, body: (db: Database.Database) => T): T => {
  const db = new Database(":memory:");
  registerDialectFunctions(db, () => now);
  try {
    return body(db);
  } finally {
    db.close();
  }
};

const UNNEST = `SELECT json_extract_scalar(item, '$.data') AS d, json_extract_scalar(item, '$.indicator_type') AS t
FROM UNNEST(CAST(json_extract(json_parse('{"ioc_data":[{"indicator_type":"url","data":"it''s"},{"indicator_type":"port","data":4444}]}'), '$.ioc_data') AS ARRAY(JSON))) AS t(item)`;

test("the Presto UNNEST of a JSON array becomes json_each and yields one row per element", () => {
  const sql = translateToSqlite(UNNEST);
  assert.match(sql, /FROM \(SELECT value AS item FROM json_each\('\{"ioc_data".*'\$\.ioc_data'\)\) AS t$/s);
  const rows = withDb(0, (db) => db.prepare(sql).all());
  assert.deepEqual(rows, [
    { d: "it's", t: "url" },
    { d: "4444", t: "port" },
  ]);
});

test("a plain leading CTE is materialized (evaluated once, as Presto plans it); others are left alone", () => {
  assert.equal(
    translateToSqlite("WITH ioc AS (SELECT 1 AS a) SELECT * FROM x JOIN ioc"),
    "WITH ioc AS MATERIALIZED (SELECT 1 AS a) SELECT * FROM x JOIN ioc",
  );
  const recursive =
    "WITH RECURSIVE c(t) AS (SELECT 1 UNION ALL SELECT t + 1 FROM c WHERE t < 3) SELECT * FROM c";
  assert.equal(translateToSqlite(recursive), recursive);
});

test("SQL without the covered constructs passes through unchanged", () => {
  const sql = "SELECT * FROM xdr_data CROSS JOIN UNNEST(SPLIT(sophos_pids, ',')) AS p(pid)";
  assert.equal(translateToSqlite(sql), sql);
});

test("osquery's strftime('%s', 'now') reads the simulator's clock, not the machine's", () => {
  const sql = translateToSqlite("SELECT CAST(strftime('%s', 'now') AS INTEGER) - 60 AS t");
  assert.deepEqual(
    withDb(1_000_000, (db) => db.prepare(sql).get()),
    { t: 999_940 },
  );
});

test("json_extract_scalar returns scalars as text and NULL for objects, arrays and misses", () => {
  const row = withDb(0, (db) =>
    db
      .prepare(
        `SELECT json_extract_scalar('{"a":{"b":[1,"x"]},"c":true}', '$.a.b[1]') AS s,
          json_extract_scalar('{"a":{"b":[1]}}', '$.a.b[0]') AS n,
          json_extract_scalar('{"a":{"b":[1]}}', '$.a') AS o,
          json_extract_scalar('{"c":true}', '$.c') AS b,
          json_extract_scalar('{"c":true}', '$.missing') AS m,
          json_extract_scalar('not json', '$.c') AS bad`,
      )
      .get(),
  );
  assert.deepEqual(row, { s: "x", n: "1", o: null, b: "true", m: null, bad: null });
});

test("from_unixtime, date_format and regexp_replace behave as the Data Lake template needs", () => {
  const row = withDb(0, (db) =>
    db
      .prepare(
        `SELECT date_format(from_unixtime(1700000000), '%Y-%m-%dT%H:%i:%SZ') AS t,
          regexp_replace('C:\\Windows\\System32\\cmd.exe', '[\\\\/][^\\\\/]*$', '') AS dir,
          regexp_replace('/usr/bin/curl', '[\\\\/][^\\\\/]*$', '') AS unix`,
      )
      .get(),
  );
  assert.deepEqual(row, { t: "2023-11-14T22:13:20Z", dir: "C:\\Windows\\System32", unix: "/usr/bin" });
});
