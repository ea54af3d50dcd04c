const DAY_MS = 86_400_000;

/** Whole days between two instants, rounded down, as the sentence shows them. */
export function wholeDays(fromMs: number, toMs: number): number {
  return Math.floor((toMs - fromMs) / DAY_MS);
}

/**
 * Milliseconds of an ISO timestamp, or undefined when absent or unparseable (then nothing is inferred).
 * Central writes `2019-09-23T12:02:01.700Z`; that shape is read by hand (Date.parse costs ~10x more and
 * runs twice per device), anything else goes through Date.parse.
 */
export function timeOf(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const fast = utcMillis(iso);
  if (fast !== undefined) return fast;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `YYYY-MM-DDTHH:MM:SS[.fff]Z` only; undefined for any other shape. */
function utcMillis(s: string): number | undefined {
  const n = s.length;
  if ((n !== 20 && n !== 24) || s.charCodeAt(n - 1) !== 90 /* Z */) return undefined;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84) return undefined;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  if (n === 24 && s.charCodeAt(19) !== 46) return undefined;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  const milli = n === 24 ? digits(s, 20, 3) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  // Negative on any non-digit, so the range checks above and this one reject it.
  if (year < 0 || milli < 0) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
}

function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
