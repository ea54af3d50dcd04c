import type { IndicatorType } from "../indicator.js";
import { compareIndicator } from "./compare-indicator.js";

/** How one indicator type is compared: the SQL expression, the reported column name, case rules. */
export interface TypeComparison {
  type: IndicatorType;
  expr: string;
  column: string;
  caseless: boolean;
}

/** The pieces every IOC template shares, for one set of indicator types. */
export interface IocMatchClauses {
  /** The JOIN condition: the row matches an indicator of one of the types. */
  on: string;
  /** `CASE` branches naming the matched column per indicator type. */
  column: string;
  /** `CASE` branches giving the matched value as text per indicator type. */
  value: string;
}

/**
 * The join condition and the matched column/value `CASE` branches of an IOC template. `textType` is
 * the dialect's text type (`TEXT` in osquery's SQLite, `VARCHAR` in Presto). Pure.
 */
export function iocMatchClauses(
  types: readonly TypeComparison[],
  wildcard: boolean,
  textType: "TEXT" | "VARCHAR",
  separator: string,
): IocMatchClauses {
  return {
    on: types
      .map((t) => `(ioc.indicator_type = '${t.type}' AND ${compareIndicator(t.expr, t.caseless, wildcard)})`)
      .join(separator),
    column: types.map((t) => `WHEN '${t.type}' THEN '${t.column}'`).join(" "),
    value: types.map((t) => `WHEN '${t.type}' THEN CAST(${t.expr} AS ${textType})`).join(" "),
  };
}
