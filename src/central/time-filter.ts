import { InvalidOptionError } from "./errors.js";

/** A point in time for a filter: a Date, an ISO date-time, or (where allowed) an ISO-8601 duration. */
export type TimeFilter = Date | string;

// ISO-8601 durations as the endpoint filters take them, relative to now: -P90D, -PT2H, -P3DT4H5M0S.
const DURATION = /^[-+]?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/i;

/** Whether `text` is an ISO-8601 duration such as `-P90D`. */
export function isIsoDuration(text: string): boolean {
  return DURATION.test(text);
}

/**
 * Format a time filter for the query string: dates as `YYYY-MM-DDTHH:MM:SS.mmmZ`; a duration is
 * passed through when `allowDuration` (the endpoint filters accept them, reference §5.1).
 */
export function formatTimeFilter(value: TimeFilter, option: string, allowDuration: boolean): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new InvalidOptionError(`${option} is an invalid Date.`);
    return value.toISOString();
  }
  const text = value.trim();
  if (isIsoDuration(text)) {
    if (allowDuration) return text.toUpperCase();
    throw new InvalidOptionError(`${option} takes a date-time, not a duration ("${text}").`);
  }
  const at = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(at)) {
    const durationHint = allowDuration ? ' or an ISO-8601 duration such as "-P90D"' : "";
    throw new InvalidOptionError(
      `${option} "${text}" is not an ISO date-time (e.g. "2024-05-01T00:00:00Z")${durationHint}.`,
    );
  }
  return new Date(at).toISOString();
}
