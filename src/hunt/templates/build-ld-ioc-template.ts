import { INDICATOR_TYPES, type IndicatorType } from "../indicator.js";
import type { TemplateMatch } from "./build-ioc-template.js";
import { iocMatchClauses } from "./ioc-match-clauses.js";
import { LD_IOC_COLUMNS, type LdColumn } from "./ioc-columns.js";

/** A Live Discover search window: two SQL expressions in epoch seconds. */
export interface LdWindow {
  from: string;
  to: string;
}

const NOW = "CAST(strftime('%s', 'now') AS INTEGER)";

/**
 * The default window: the last 7 days on the endpoint's clock (as community queries search the
 * journals, e.g. `spj.time > strftime('%s','now','-7 days')` in jkopacko/sophos-xdr-queries
 * `liveDiscover_ioc_hunt`). (U) How far back an endpoint's journals reach depends on its disk quota.
 */
export const LD_DEFAULT_WINDOW: LdWindow = { from: `${NOW} - 7 * 86400`, to: NOW };

// A journal table without a time constraint returns only its last 15 minutes (Sophos osquery
// extension schema, `time` column); real queries walk the window in 20-minute chunks, each one a
// time range the journal can serve (reference connector `ld_ioc_hunter.sql`, SophosRapidResponse
// `network.02.0`). Ours are half-open so a row on a boundary is found once.
const CHUNK_S = 1200;

const SOURCES: ReadonlyArray<{ source: LdColumn["source"]; alias: string; from: string }> = [
  { source: "process", alias: "spj", from: "sophos_process_journal spj" },
  { source: "hash", alias: "spj", from: "sophos_process_journal spj" },
  { source: "ip", alias: "sij", from: "sophos_ip_journal sij" },
  { source: "dns", alias: "sdj", from: "sophos_dns_journal sdj" },
  { source: "http", alias: "shj", from: "sophos_http_journal shj" },
];

/** One UNION part: the rows of one journal whose column matches an indicator of its types. */
function part(
  source: (typeof SOURCES)[number],
  match: TemplateMatch,
  only: readonly IndicatorType[],
): string | undefined {
  const types = INDICATOR_TYPES.filter(
    (t) => LD_IOC_COLUMNS[t].source === source.source && only.includes(t),
  ).map((type) => ({ type, ...LD_IOC_COLUMNS[type] }));
  if (types.length === 0) return undefined;
  const { on, column, value } = iocMatchClauses(types, match === "wildcard", "TEXT", "\n     OR ");
  const j = source.alias;
  const hash = source.source === "hash" ? "\n  JOIN hash h ON h.path = spj.path" : "";
  return `SELECT strftime('%Y-%m-%dT%H:%M:%SZ', ${j}.time, 'unixepoch') AS event_time, ${j}.sophos_pid,
  ioc.indicator_type, ioc.indicator,
  CASE ioc.indicator_type ${column} END AS matched_column,
  CASE ioc.indicator_type ${value} END AS matched_value
FROM chunk
  JOIN ${source.from} ON ${j}.time >= chunk.t AND ${j}.time < chunk.t + ${CHUNK_S}${hash}
  JOIN ioc ON ${on}`;
}

/**
 * The Live Discover IOC query (osquery's SQLite with JSON1): the IOC JSON through `json_each`, the
 * window in 20-minute chunks, and a UNION ALL of one part per journal. Pure.
 */
export function buildLdIocTemplate(
  match: TemplateMatch,
  window: LdWindow = LD_DEFAULT_WINDOW,
  only: readonly IndicatorType[] = INDICATOR_TYPES,
): string {
  const parts = SOURCES.map((s) => part(s, match, only)).filter((p) => p !== undefined);
  return `WITH RECURSIVE
ioc(indicator_type, indicator) AS (
  SELECT json_extract(value, '$.indicator_type'), json_extract(value, '$.data')
  FROM json_each('$$IOC JSON$$', '$.ioc_data')
),
chunk(t) AS (
  SELECT ${window.from}
  UNION ALL SELECT t + ${CHUNK_S} FROM chunk WHERE t + ${CHUNK_S} < ${window.to}
)
${parts.join("\nUNION ALL\n")}`;
}
