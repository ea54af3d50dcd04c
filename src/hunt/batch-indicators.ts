import type { Indicator } from "./indicator.js";
import { IndicatorInputError, quoteValue } from "./indicator-input-error.js";

/**
 * Default upper bound, in UTF-8 bytes, for one IOC JSON variable value.
 *
 * How sure this is: not very. No Sophos document states a size limit for a Live Discover or Data
 * Lake query variable. The number comes from the reference connector (sophos-central-api-connector),
 * which refuses to run when Python's `sys.getsizeof(ioc_json)` exceeds 5,000; for an ASCII string
 * that is 49 bytes of object header plus one byte a character, so about 4,951 characters. That is
 * the client's own guard, not an observed API rejection. We stay a little under it (4,900) so a
 * payload we build would also pass the reference's check; raise it if a tenant proves it can take more.
 */
export const DEFAULT_IOC_VARIABLE_MAX_BYTES = 4900;

/** One query's worth of indicators and the exact variable value to send for it. */
export interface IndicatorBatch {
  /** `{"ioc_data":[{"indicator_type":...,"data":...},...]}`, after `encode`. */
  json: string;
  /** UTF-8 size of `json`; never above the limit. */
  bytes: number;
  indicators: Indicator[];
}

/** Options for {@link batchIndicators}. */
export interface BatchOptions {
  /**
   * How the JSON is embedded in the query (e.g. doubling `'` for a SQL string literal). It must work
   * character by character so that the sizes of parts add up to the size of the whole.
   */
  encode?: (json: string) => string;
}

const HEAD = '{"ioc_data":[';
const TAIL = "]}";

function entryJson(indicator: Indicator): string {
  return JSON.stringify({ indicator_type: indicator.type, data: indicator.value });
}

/**
 * Split indicators into IOC JSON payloads of at most `maxBytes` each, so a large set (a 20,000
 * attribute MISP event) runs as several queries whose hits are merged. Order is kept, each indicator
 * is in exactly one batch, and none is split. An indicator that cannot fit even alone is an error
 * naming it. Pure.
 * @example batchIndicators(indicators).map((b) => b.json) // one variable value per query run
 */
export function batchIndicators(
  indicators: readonly Indicator[],
  maxBytes: number = DEFAULT_IOC_VARIABLE_MAX_BYTES,
  options: BatchOptions = {},
): IndicatorBatch[] {
  const encode = options.encode ?? ((s: string) => s);
  const size = (s: string): number => Buffer.byteLength(encode(s), "utf8");
  const frame = size(HEAD) + size(TAIL);
  if (!Number.isInteger(maxBytes) || maxBytes <= frame) {
    throw new RangeError(
      `maxBytes must be an integer above ${frame} (the size of an empty payload); got ${maxBytes}`,
    );
  }
  const entries = indicators.map((indicator) => ({ indicator, json: entryJson(indicator) }));
  const tooBig = entries.filter((e) => frame + size(e.json) > maxBytes);
  if (tooBig.length > 0) {
    throw new IndicatorInputError(
      "batching",
      tooBig.map(({ indicator, json }) => ({
        where: indicator.provenance[0]
          ? `${indicator.provenance[0].source} ${indicator.provenance[0].location}`
          : "indicator",
        type: indicator.type,
        value: indicator.value,
        reason: `${indicator.type} ${quoteValue(indicator.value)} needs ${frame + size(json)} bytes alone, above the ${maxBytes}-byte limit of one query variable`,
      })),
      "Remove or shorten these indicators, or raise the batch size limit if your tenant accepts larger variables.",
    );
  }
  const batches: IndicatorBatch[] = [];
  let current: typeof entries = [];
  let used = frame;
  const flush = (): void => {
    if (current.length === 0) return;
    const json = encode(`${HEAD}${current.map((e) => e.json).join(",")}${TAIL}`);
    batches.push({
      json,
      bytes: Buffer.byteLength(json, "utf8"),
      indicators: current.map((e) => e.indicator),
    });
    current = [];
    used = frame;
  };
  for (const entry of entries) {
    const cost = size(entry.json) + (current.length > 0 ? size(",") : 0);
    if (used + cost > maxBytes) flush();
    used += size(entry.json) + (current.length > 0 ? size(",") : 0);
    current.push(entry);
  }
  flush();
  return batches;
}
