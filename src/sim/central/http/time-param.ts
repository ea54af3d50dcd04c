/**
 * Time parameters such as `lastSeenBefore`, `from` or `to`: an ISO-8601 date-time (`2024-05-01T10:00:00Z`,
 * with or without milliseconds or an offset), a date (`2024-05-01`, midnight UTC), or an ISO-8601
 * duration relative to now (`-P90D`, `-PT2H`, `-P3DT4H5M0S`; reference §5.1).
 */
import { badRequest } from "./sim-http-error.js";

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DURATION =
  /^([+-])?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** Apply an ISO-8601 duration to `now` (ms); years and months are calendar steps in UTC. */
export function applyDuration(text: string, now: number): number | undefined {
  const m = DURATION.exec(text);
  if (!m || !/\d/.test(text) || /T$/i.test(text)) return undefined;
  const sign = m[1] === "-" ? -1 : 1;
  const n = (i: number): number => Number(m[i] ?? 0);
  const date = new Date(now);
  const months = sign * (n(2) * 12 + n(3));
  if (months !== 0) {
    // Calendar months, clamped to the month's last day (31 March minus a month is 28 February).
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + months);
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, last));
  }
  const ms = ((n(4) * 7 + n(5)) * 86_400 + n(6) * 3_600 + n(7) * 60 + n(8)) * 1000;
  return date.getTime() + sign * ms;
}

/** Parse a time parameter to ms since the epoch, or answer 400 naming the parameter. */
export function parseTimeParam(value: string, name: string, now: number): number {
  const text = value.trim();
  if (DATE_TIME.test(text) || DATE_ONLY.test(text)) {
    const ms = Date.parse(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text);
    if (!Number.isNaN(ms)) return ms;
  }
  const relative = applyDuration(text, now);
  if (relative !== undefined) return relative;
  throw badRequest(
    `Invalid value '${value}' for ${name}: expected an ISO-8601 date-time or a duration like -P90D`,
  );
}

/** The same instant in the canonical `YYYY-MM-DDTHH:MM:SS.mmmZ` form stored records use. */
export function canonicalIso(ms: number): string {
  return new Date(ms).toISOString();
}
