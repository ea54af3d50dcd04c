import { INDICATOR_TYPES } from "../indicator.js";
import { IOC_COLUMNS } from "./ioc-columns.js";

/** The two query APIs: Live Discover (online endpoints, osquery) and the XDR Data Lake. */
export type HuntApi = "ld" | "xdr";

/** How a template compares: `=` for exact indicators, `LIKE … ESCAPE '\'` for wildcard ones. */
export type TemplateMatch = "exact" | "wildcard";

/** Name of the IOC JSON variable, per API (the names the Sophos IOC hunting queries use). */
export const IOC_VARIABLE: Readonly<Record<HuntApi, string>> = { ld: "IOC JSON", xdr: "IOC_JSON" };

const SOURCE: Readonly<Record<HuntApi, { table: string; select: string }>> = {
  xdr: {
    table: "xdr_data",
    select: "x.meta_endpoint_id AS endpoint_id, x.meta_hostname AS hostname, x.calendar_time AS event_time",
  },
  ld: { table: "sophos_activity_journal", select: "from_unixtime(x.time) AS event_time" },
};

function compare(column: string, caseless: boolean, match: TemplateMatch): string {
  const left = column === "destination_port" ? `CAST(x.${column} AS TEXT)` : `x.${column}`;
  if (match === "wildcard") return `${left} LIKE ioc.indicator ESCAPE '\\'`;
  return caseless ? `lower(${left}) = lower(ioc.indicator)` : `${left} = ioc.indicator`;
}

/**
 * The IOC hunting query of one API and match mode. The IOC list arrives as one JSON variable
 * (`{"ioc_data":[{"indicator_type","data"}]}`) embedded in a SQL string literal, so its value must
 * have `'` doubled. Every row says which indicator hit, in which column and with which value.
 * (SQLite dialect, as the simulator runs it; see src/sim/central/xdr/telemetry-db.ts.)
 */
export function buildIocTemplate(api: HuntApi, match: TemplateMatch): string {
  const types = INDICATOR_TYPES.map((type) => ({ type, ...IOC_COLUMNS[type] }));
  const on = types
    .map((t) => `(ioc.indicator_type = '${t.type}' AND ${compare(t.column, t.caseless, match)})`)
    .join("\n   OR ");
  const whenColumn = types.map((t) => `WHEN '${t.type}' THEN '${t.column}'`).join(" ");
  const whenValue = types.map((t) => `WHEN '${t.type}' THEN CAST(x.${t.column} AS TEXT)`).join(" ");
  return `WITH ioc AS (
  SELECT json_extract(value, '$.indicator_type') AS indicator_type, json_extract(value, '$.data') AS indicator
  FROM json_each(json_extract('$$${IOC_VARIABLE[api]}$$', '$.ioc_data'))
)
SELECT ${SOURCE[api].select}, ioc.indicator_type, ioc.indicator,
  CASE ioc.indicator_type ${whenColumn} END AS matched_column,
  CASE ioc.indicator_type ${whenValue} END AS matched_value
FROM ${SOURCE[api].table} x JOIN ioc
  ON ${on}`;
}
