import { INDICATOR_TYPES, type IndicatorType } from "../indicator.js";
import type { TemplateMatch } from "./build-ioc-template.js";
import { iocMatchClauses } from "./ioc-match-clauses.js";
import { XDR_IOC_COLUMNS } from "./ioc-columns.js";

/**
 * The Data Lake IOC query, in the Data Lake's Presto SQL:
 * - the IOC JSON as rows through `UNNEST(CAST(json_extract(json_parse(…), '$.ioc_data') AS
 *   ARRAY(JSON))) AS t(item)` and `json_extract_scalar`. The Data Lake runs `json_extract_scalar`
 *   (reference connector `xdr_ioc_hunter.sql`) and `CROSS JOIN UNNEST(…) AS x(col)`
 *   (Sophos-Community/XDR_Queries `DataLake/showNetActivitySophosPID`); (U) the CAST to
 *   ARRAY(JSON) is standard Presto/Trino, not seen in a Sophos query. The connector walks the array
 *   with a recursive CTE instead, which Trino caps at a small recursion depth (U), so a long list
 *   would be cut short.
 * - `xdr_data` rows of every hydration query (`query_name` says which) within the run's from/to;
 *   time as `date_format(from_unixtime(time), '%Y-%m-%dT%H:%i:%SZ')` (as in XDR_Queries).
 * - (U) the endpoint id: `xdr_data` has both `endpoint_id` and `meta_eid` (listed together in a
 *   community Data Lake device-card query); which one is Central's endpoint id is not documented.
 *   We read `endpoint_id`.
 * Pure.
 */
export function buildXdrIocTemplate(
  match: TemplateMatch,
  only: readonly IndicatorType[] = INDICATOR_TYPES,
): string {
  const types = INDICATOR_TYPES.filter((t) => only.includes(t)).map((type) => ({
    type,
    ...XDR_IOC_COLUMNS[type],
  }));
  const { on, column, value } = iocMatchClauses(types, match === "wildcard", "VARCHAR", "\n   OR ");
  return `WITH ioc AS (
  SELECT json_extract_scalar(item, '$.indicator_type') AS indicator_type,
    json_extract_scalar(item, '$.data') AS indicator
  FROM UNNEST(CAST(json_extract(json_parse('$$IOC_JSON$$'), '$.ioc_data') AS ARRAY(JSON))) AS t(item)
)
SELECT x.endpoint_id AS endpoint_id, x.meta_hostname AS hostname,
  date_format(from_unixtime(x.time), '%Y-%m-%dT%H:%i:%SZ') AS event_time, x.query_name,
  ioc.indicator_type, ioc.indicator,
  CASE ioc.indicator_type ${column} END AS matched_column,
  CASE ioc.indicator_type ${value} END AS matched_value
FROM xdr_data x
  JOIN ioc ON ${on}`;
}
