import type { HuntHit } from "../runner/hunt-types.js";

/** One sighting to report: a MISP attribute (or, without an id, its value) seen on one endpoint. */
export interface MispSighting {
  /** MISP attribute id; absent when the indicator carried only its value. */
  attributeId?: string;
  value: string;
  tenantId: string;
  endpointId: string;
  /** When the hit was seen, epoch seconds (the hunt's time when the API gave none). */
  timestamp: number;
}

const epochSeconds = (iso: string): number | undefined => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
};

/**
 * The sightings a hunt's hits stand for: one per (MISP attribute, endpoint), however many columns,
 * APIs or split composite parts (`ip-dst|port` → ip and port) found it, dated at the earliest hit.
 * Hits whose indicator did not come from MISP give none. Pure.
 */
export function planMispSightings(hits: readonly HuntHit[], huntTime: Date): MispSighting[] {
  const fallback = Math.floor(huntTime.getTime() / 1000);
  const out = new Map<string, MispSighting>();
  for (const hit of hits) {
    const timestamp = epochSeconds(hit.when) ?? fallback;
    for (const provenance of hit.source?.provenance ?? []) {
      const misp = provenance.misp;
      if (misp === undefined) continue;
      const attribute = misp.attributeId === "" ? undefined : misp.attributeId;
      const key = [attribute ?? `value:${hit.indicator}`, hit.tenantId, hit.endpointId].join("\u0000");
      const seen = out.get(key);
      if (seen) {
        seen.timestamp = Math.min(seen.timestamp, timestamp);
        continue;
      }
      const sighting: MispSighting = {
        value: hit.indicator,
        tenantId: hit.tenantId,
        endpointId: hit.endpointId,
        timestamp,
      };
      if (attribute !== undefined) sighting.attributeId = attribute;
      out.set(key, sighting);
    }
  }
  return [...out.values()];
}
