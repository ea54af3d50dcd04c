import type { HuntHit } from "./hunt-types.js";

const key = (h: HuntHit): string =>
  [h.tenantId, h.endpointId, h.indicatorType, h.indicator, h.matchedColumn].join("\u0000");

/**
 * Merge hits of every batch and API into one per (tenant, endpoint, indicator, column): row counts
 * add up, `when` keeps the earliest time, `api` lists each API that saw it (`ld+xdr`). The same
 * row found by LD and XDR is counted once per API. Sorted by tenant, hostname, indicator. Pure.
 */
export function mergeHits(hits: readonly HuntHit[]): HuntHit[] {
  const merged = new Map<string, HuntHit>();
  for (const hit of hits) {
    const k = key(hit);
    const seen = merged.get(k);
    if (!seen) {
      merged.set(k, { ...hit });
      continue;
    }
    const apis = new Set([...seen.api.split("+"), ...hit.api.split("+")]);
    seen.api = ["ld", "xdr"].filter((a) => apis.has(a)).join("+");
    seen.count += hit.count;
    if (hit.when !== "" && (seen.when === "" || hit.when < seen.when)) {
      seen.when = hit.when;
      seen.where = hit.where;
    }
  }
  return [...merged.values()].sort(
    (a, b) =>
      a.tenantName.localeCompare(b.tenantName) ||
      a.hostname.localeCompare(b.hostname) ||
      a.indicatorType.localeCompare(b.indicatorType) ||
      a.indicator.localeCompare(b.indicator),
  );
}
