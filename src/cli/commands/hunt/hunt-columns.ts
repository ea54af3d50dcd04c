import type { HuntHit } from "../../../hunt/runner/index.js";
import type { Column } from "../../output/column.js";

/** A hit as written by `centralctl hunt` (without the full source indicator). */
export type HitRecord = Omit<HuntHit, "source"> & { source?: string };

/** Columns of the table and CSV output. */
export const HIT_COLUMNS: Column<HitRecord>[] = [
  { header: "tenant", value: (h) => h.tenantName },
  { header: "hostname", value: (h) => h.hostname },
  { header: "type", value: (h) => h.indicatorType },
  { header: "indicator", value: (h) => h.indicator },
  { header: "column", value: (h) => h.matchedColumn },
  { header: "where", value: (h) => h.where },
  { header: "when", value: (h) => h.when },
  { header: "api", value: (h) => h.api },
  { header: "endpointId", value: (h) => h.endpointId },
];

/** The output record of a hit: provenance reduced to `source location`. */
export function hitRecord(hit: HuntHit): HitRecord {
  const { source, ...rest } = hit;
  const first = source?.provenance[0];
  return first ? { ...rest, source: `${first.source} ${first.location}` } : rest;
}

/** The key `--new-only` remembers a hit by. */
export const hitKey = (h: HuntHit): string =>
  [h.tenantId, h.endpointId, h.indicatorType, h.indicator, h.matchedColumn].join("|");
