import type { WallClock } from "./wall-clock.js";

const MS_JSON = /^\\?\/Date\((-?\d+)(?:[+-]\d{4})?\)\\?\/$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP])\.?M\.?)?)?$/i;

/** What a date in an export may look like, for error messages. */
export const EXPORT_DATE_FORMATS =
  'ISO 8601 (2026-11-23T15:04:05Z), US M/d/yyyy h:mm:ss AM/PM as Export-Csv writes it, or "/Date(ms)/"';

/**
 * Parse a date as PowerShell writes it into an export: the US `M/d/yyyy h:mm:ss AM/PM` of
 * `Export-Csv` under en-US, ISO 8601 (with or without an offset, up to 9 fraction digits; .NET's
 * round-trip format has 7), or the `/Date(ms)/` of Windows PowerShell's `ConvertTo-Json`. Times
 * without an offset are read in the zone of `clock`. Empty text gives `undefined`; anything else
 * unreadable throws a `RangeError` saying why.
 */
export function parseExportDate(text: string, clock: WallClock): number | undefined {
  const value = text.trim();
  if (value === "") return undefined;
  const fast = fastDate(value, clock);
  if (fast !== undefined) return fast;
  const first = value.charCodeAt(0);
  if (first === 47 || first === 92) {
    const json = MS_JSON.exec(value);
    if (json) return Number(json[1]);
  } else if (value.charCodeAt(4) === 45) {
    const iso = ISO.exec(value);
    if (iso) {
      const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone] = iso;
      const ms = fraction === "" ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
      const year = Number(y);
      const month = Number(mo);
      const day = Number(d);
      check(year, month, day, Number(h), Number(mi), Number(s));
      if (zone === undefined) return clock(year, month, day, Number(h), Number(mi), Number(s), ms);
      return Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s), ms) - zoneOffsetMs(zone);
    }
  } else {
    const us = US.exec(value);
    if (us) {
      const [, mo, d, y, h = "0", mi = "0", s = "0", meridiem] = us;
      let hour = Number(h);
      if (meridiem !== undefined) {
        if (hour < 1 || hour > 12) throw new RangeError(`hour ${hour} is not valid with AM/PM`);
        hour = (hour % 12) + (meridiem.toUpperCase() === "P" ? 12 : 0);
      }
      check(Number(y), Number(mo), Number(d), hour, Number(mi), Number(s));
      return clock(Number(y), Number(mo), Number(d), hour, Number(mi), Number(s), 0);
    }
  }
  throw new RangeError("not a date in a known format");
}

// Allocation-free reading of the two shapes that fill real exports, `11/23/2026 3:04:05 PM` and
// `2026-11-23T15:04:05Z`. Anything else (or anything odd) returns undefined and goes to the regexes,
// which accept the variants and explain errors.
let at = 0;

function digits(value: string, min: number, max: number): number {
  let n = 0;
  const start = at;
  while (at < value.length && at - start < max) {
    const c = value.charCodeAt(at) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
    at++;
  }
  return at - start < min ? -1 : n;
}

function expect(value: string, code: number): boolean {
  if (value.charCodeAt(at) !== code) return false;
  at++;
  return true;
}

function fastDate(value: string, clock: WallClock): number | undefined {
  at = 0;
  if (value.charCodeAt(4) === 45) {
    const year = digits(value, 4, 4);
    if (!expect(value, 45)) return undefined;
    const month = digits(value, 2, 2);
    if (!expect(value, 45)) return undefined;
    const day = digits(value, 2, 2);
    if (!expect(value, 84)) return undefined;
    const hour = digits(value, 2, 2);
    if (!expect(value, 58)) return undefined;
    const minute = digits(value, 2, 2);
    if (!expect(value, 58)) return undefined;
    const second = digits(value, 2, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
    if (at === value.length) {
      check(year, month, day, hour, minute, second);
      return clock(year, month, day, hour, minute, second, 0);
    }
    if (expect(value, 90) && at === value.length) {
      check(year, month, day, hour, minute, second);
      return Date.UTC(year, month - 1, day, hour, minute, second);
    }
    return undefined;
  }
  const month = digits(value, 1, 2);
  if (month < 0 || !expect(value, 47)) return undefined;
  const day = digits(value, 1, 2);
  if (day < 0 || !expect(value, 47)) return undefined;
  const year = digits(value, 4, 4);
  if (year < 0 || !expect(value, 32)) return undefined;
  let hour = digits(value, 1, 2);
  if (hour < 0 || !expect(value, 58)) return undefined;
  const minute = digits(value, 2, 2);
  if (minute < 0 || !expect(value, 58)) return undefined;
  const second = digits(value, 2, 2);
  if (second < 0 || !expect(value, 32) || at !== value.length - 2 || value.charCodeAt(at + 1) !== 77)
    return undefined;
  const meridiem = value.charCodeAt(at);
  if (hour < 1 || hour > 12 || (meridiem !== 65 && meridiem !== 80)) return undefined;
  hour = (hour % 12) + (meridiem === 80 ? 12 : 0);
  check(year, month, day, hour, minute, second);
  return clock(year, month, day, hour, minute, second, 0);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function check(year: number, month: number, day: number, hour: number, minute: number, second: number): void {
  if (month < 1 || month > 12)
    throw new RangeError(`month ${month} does not exist (dates are read as M/d/yyyy)`);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
  if (day < 1 || day > days) throw new RangeError(`day ${day} does not exist in month ${month} of ${year}`);
  if (hour > 23 || minute > 59 || second > 59) throw new RangeError("time of day out of range");
}

function zoneOffsetMs(zone: string): number {
  if (zone.toUpperCase() === "Z") return 0;
  const digits = zone.replace(":", "");
  const sign = digits.startsWith("-") ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
}
