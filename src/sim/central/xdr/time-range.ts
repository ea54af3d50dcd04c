import { badRequest } from "../http/sim-http-error.js";

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * A Data Lake `from`/`to` value in epoch seconds: a UTC timestamp, a date, or an ISO-8601 duration
 * (counted back from `now`; reference §8.2 says durations are accepted, how they anchor is not
 * documented — back from now is our assumption).
 */
export function parseRangeTime(value: unknown, name: string, now: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw badRequest(`${name} must be a string`);
  const d = DURATION.exec(value);
  if (d && value !== "P" && value !== "PT") {
    const [days, hours, minutes, seconds] = d.slice(1).map((part) => Number(part ?? 0)) as [
      number,
      number,
      number,
      number,
    ];
    return Math.floor(now / 1000) - (((days * 24 + hours) * 60 + minutes) * 60 + seconds);
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw badRequest(`${name} '${value}' is not a timestamp, date or ISO-8601 duration`);
  return Math.floor(ms / 1000);
}
