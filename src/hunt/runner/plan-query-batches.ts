import { batchIndicators, DEFAULT_IOC_VARIABLE_MAX_BYTES } from "../batch-indicators.js";
import type { Indicator } from "../indicator.js";
import {
  buildIocTemplate,
  IOC_VARIABLE,
  type HuntApi,
  type TemplateMatch,
} from "../templates/build-ioc-template.js";

/** One query run to make: its template, the variable to send, and how to trace hits back. */
export interface QueryBatch {
  api: HuntApi;
  match: TemplateMatch;
  template: string;
  variable: { name: string; dataType: "text"; value: string };
  /** `type\u0000value-as-sent` → the indicator it came from. */
  sent: Map<string, Indicator>;
}

/** Key of an indicator as the query echoes it back. */
export const sentKey = (type: string, value: string): string => `${type}\u0000${value}`;

/**
 * A wildcard value as a LIKE pattern with `\` as escape: `\` and `_` become literal (a user's `%`
 * stays the wildcard). Pure.
 */
export function likePattern(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/_/g, "\\_");
}

/** `'` doubled: the IOC JSON sits inside a SQL string literal of the template. */
const sqlLiteral = (json: string): string => json.replace(/'/g, "''");

/**
 * Plan the runs of one API: exact indicators through the `=` template, wildcard ones (as escaped
 * LIKE patterns) through the LIKE template, each split into variables of at most `maxBytes`.
 * CIDR indicators cannot be compared as strings and are returned in `skipped`. Pure.
 */
export function planQueryBatches(
  api: HuntApi,
  indicators: readonly Indicator[],
  maxBytes: number = DEFAULT_IOC_VARIABLE_MAX_BYTES,
): { batches: QueryBatch[]; skipped: Indicator[] } {
  const batches: QueryBatch[] = [];
  for (const match of ["exact", "wildcard"] as const) {
    const sent = indicators
      .filter((i) => i.match === match)
      .map((i) => ({ original: i, wire: match === "wildcard" ? { ...i, value: likePattern(i.value) } : i }));
    if (sent.length === 0) continue;
    const byWire = new Map(sent.map((s) => [s.wire, s.original]));
    for (const batch of batchIndicators(
      sent.map((s) => s.wire),
      maxBytes,
      { encode: sqlLiteral },
    )) {
      batches.push({
        api,
        match,
        template: buildIocTemplate(api, match, { types: [...new Set(batch.indicators.map((w) => w.type))] }),
        variable: { name: IOC_VARIABLE[api], dataType: "text", value: batch.json },
        sent: new Map(batch.indicators.map((w) => [sentKey(w.type, w.value), byWire.get(w)!])),
      });
    }
  }
  return { batches, skipped: indicators.filter((i) => i.match === "cidr") };
}
