import { UsageError } from "./cli-error.js";

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

/**
 * Parse a point in time given on the command line: an ISO date or date-time (`2026-01-31`,
 * `2026-01-31T12:00:00Z`), an age like `90d`, `12h`, `30m`, `2w` (that long before `now`), or an
 * ISO-8601 duration as the Sophos API itself takes it (`-P90D`, `-PT2H`).
 */
export function parsePointInTime(flag: string, value: string, now: Date): Date {
  const age = /^(\d+)([mhdw])$/.exec(value.trim());
  if (age) return new Date(now.getTime() - Number(age[1]) * UNIT_MS[age[2] as keyof typeof UNIT_MS]);
  const duration = /^-?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (duration && value.trim() !== "P" && value.trim() !== "-P") {
    const [, days, hours, minutes, seconds] = duration.map((part) => Number(part ?? 0));
    const ms =
      (days ?? 0) * 86_400_000 + (hours ?? 0) * 3_600_000 + (minutes ?? 0) * 60_000 + (seconds ?? 0) * 1000;
    return new Date(now.getTime() - ms);
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new UsageError(
    `${flag} "${value}" is not a date or an age: use e.g. 2026-01-31, 2026-01-31T12:00:00Z, 90d, 12h or -P90D`,
  );
}

/** Parse a whole number within bounds, naming the flag when it is not. */
export function parseIntegerFlag(flag: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new UsageError(`${flag} "${value}" must be a whole number from ${min} to ${max}`);
  }
  return number;
}
