/**
 * The SQL condition comparing an expression with `ioc.indicator`: `=` for exact indicators,
 * `LIKE … ESCAPE '\'` for wildcard ones (their values arrive escaped, see `likePattern`). Caseless
 * columns are lower-cased on both sides for LIKE too: Presto's LIKE is case-sensitive, SQLite's
 * only ignores ASCII case. Pure.
 */
export function compareIndicator(expr: string, caseless: boolean, wildcard: boolean): string {
  const [left, right] = caseless ? [`lower(${expr})`, "lower(ioc.indicator)"] : [expr, "ioc.indicator"];
  return wildcard ? `${left} LIKE ${right} ESCAPE '\\'` : `${left} = ${right}`;
}
