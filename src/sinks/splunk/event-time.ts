/**
 * Convert a record's timestamp to HEC `time`: epoch seconds with millisecond precision. Accepts ISO
 * strings (Central's `raisedAt`, `lastSeenAt`), `Date`s and epoch numbers in seconds or milliseconds.
 * Returns undefined when there is no usable time, so Splunk falls back to receive time.
 *
 * @example toEpochSeconds("2024-05-01T10:00:00.250Z") // 1714557600.25
 */
export function toEpochSeconds(value: unknown): number | undefined {
  let ms: number;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === "number") ms = value > 1e11 ? value : value * 1000;
  else if (typeof value === "string" && value.trim() !== "") {
    const numeric = Number(value);
    ms = Number.isFinite(numeric) ? (numeric > 1e11 ? numeric : numeric * 1000) : Date.parse(value);
  } else return undefined;
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms) / 1000 : undefined;
}

/** Read a dotted path (`"raisedAt"`, `"hit.time"`, or pre-split: `["hit", "time"]`) from a record. */
export function readPath(record: Record<string, unknown>, path: string | readonly string[]): unknown {
  let current: unknown = record;
  for (const key of typeof path === "string" ? path.split(".") : path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The usual time field of each kind of record centralctl exports. */
export const TIME_FIELD_BY_KIND = {
  alerts: "raisedAt",
  inventory: "lastSeenAt",
  hits: "time",
} as const;
