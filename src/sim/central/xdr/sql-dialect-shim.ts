/**
 * The simulator runs both query APIs on SQLite; the real ones speak osquery's SQLite (Live
 * Discover) and Presto (Data Lake). This shim covers ONLY the constructs centralctl's IOC templates
 * (src/hunt/templates) use that SQLite lacks or evaluates differently; any other SQL reaches SQLite
 * as written, so a query that needs more fails here although the real API might run it.
 *
 * Rewrites (textual, exact forms only):
 * - Presto `UNNEST(CAST(json_extract(json_parse('<literal>'), '<path>') AS ARRAY(JSON))) AS t(col)`
 *   becomes `(SELECT value AS col FROM json_each('<literal>', '<path>')) AS t`.
 * - Presto `WITH name AS (` (the plain first CTE) becomes `WITH name AS MATERIALIZED (`: evaluated
 *   once, as Presto plans it; SQLite would otherwise inline it into the join and redo its JSON work
 *   for every row.
 * - osquery `strftime('%s', 'now')` becomes `scope_now()`: "now" on a simulated endpoint is the
 *   simulator's clock, not the machine's.
 *
 * Functions (Presto semantics, as far as the templates need them): `json_extract_scalar(json,
 * path)` (paths `$`, `.key`, `[n]`), `json_parse(text)` (identity: JSON stays text), `regexp_like`,
 * `regexp_replace(text, pattern[, replacement])`, `from_unixtime(seconds)` (an ISO-8601 string
 * stands in for a timestamp), `date_format(timestamp, format)` with `%Y %m %d %H %i %S`.
 */
import type Database from "better-sqlite3";

const UNNEST_JSON =
  /UNNEST\(\s*CAST\(\s*json_extract\(\s*json_parse\(\s*('(?:[^']|'')*')\s*\)\s*,\s*('[^']*')\s*\)\s+AS\s+ARRAY\(\s*JSON\s*\)\s*\)\s*\)\s+AS\s+(\w+)\s*\(\s*(\w+)\s*\)/gi;
const STRFTIME_NOW = /strftime\(\s*'%s'\s*,\s*'now'\s*\)/gi;
const PLAIN_CTE = /^(\s*WITH\s+\w+\s+AS)\s*\(/i;

/** `sql` with the shim's rewrites applied. Pure. */
export function translateToSqlite(sql: string): string {
  return sql
    .replace(UNNEST_JSON, (_, literal: string, path: string, alias: string, column: string) => {
      return `(SELECT value AS ${column} FROM json_each(${literal}, ${path})) AS ${alias}`;
    })
    .replace(STRFTIME_NOW, "scope_now()")
    .replace(PLAIN_CTE, "$1 MATERIALIZED (");
}

/** A JSON path of the `$.a[0].b` kind as keys; undefined when it is another kind. */
function pathKeys(path: string): Array<string | number> | undefined {
  if (!path.startsWith("$")) return undefined;
  const keys: Array<string | number> = [];
  const step = /\.([A-Za-z_][\w]*)|\[(\d+)\]/y;
  step.lastIndex = 1;
  while (step.lastIndex < path.length) {
    const m = step.exec(path);
    if (!m) return undefined;
    keys.push(m[1] ?? Number(m[2]));
  }
  return keys;
}

/** Presto's `json_extract_scalar`: the scalar at `path` as text, NULL for objects, arrays, misses. */
function jsonExtractScalar(json: unknown, path: unknown): string | null {
  if (typeof json !== "string" || typeof path !== "string") return null;
  const keys = pathKeys(path);
  if (!keys) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  for (const key of keys) {
    if (value === null || typeof value !== "object") return null;
    value = (value as Record<string | number, unknown>)[key];
  }
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : null;
}

/** MySQL-style `date_format` of a timestamp (ISO text or epoch seconds), the tokens the templates use. */
function dateFormat(timestamp: unknown, format: unknown): string | null {
  const ms = typeof timestamp === "number" ? timestamp * 1000 : Date.parse(String(timestamp));
  if (Number.isNaN(ms) || typeof format !== "string") return null;
  const iso = new Date(ms).toISOString();
  const parts: Record<string, string> = {
    Y: iso.slice(0, 4),
    m: iso.slice(5, 7),
    d: iso.slice(8, 10),
    H: iso.slice(11, 13),
    i: iso.slice(14, 16),
    S: iso.slice(17, 19),
  };
  return format.replace(/%([YmdHiS%])/g, (_, t: string) => (t === "%" ? "%" : parts[t]!));
}

/** Register the shim's functions; `now` is the simulated clock in epoch seconds. */
export function registerDialectFunctions(db: Database.Database, now: () => number): void {
  db.function("scope_now", { deterministic: false }, () => now());
  db.function("json_extract_scalar", { deterministic: true }, jsonExtractScalar);
  db.function("json_parse", { deterministic: true }, (text: unknown) => text);
  db.function("regexp_like", { deterministic: true }, (text: unknown, pattern: unknown) =>
    typeof text === "string" && typeof pattern === "string" && new RegExp(pattern).test(text) ? 1 : 0,
  );
  const patterns = new Map<string, RegExp>();
  const regex = (pattern: string): RegExp => {
    let compiled = patterns.get(pattern);
    if (!compiled) patterns.set(pattern, (compiled = new RegExp(pattern, "g")));
    return compiled;
  };
  const replace = (text: unknown, pattern: unknown, replacement: unknown = ""): string | null =>
    typeof text === "string" && typeof pattern === "string"
      ? text.replace(regex(pattern), String(replacement))
      : null;
  db.function("regexp_replace", { deterministic: true, varargs: true }, (...args: unknown[]) =>
    replace(args[0], args[1], args[2]),
  );
  db.function("from_unixtime", { deterministic: true }, (s: unknown) =>
    typeof s === "number" || typeof s === "bigint" ? new Date(Number(s) * 1000).toISOString() : null,
  );
  db.function("date_format", { deterministic: true }, dateFormat);
}
