/**
 * Turns a wall-clock time (calendar fields with no zone, month 1-12) into ms since the epoch for one
 * fixed time zone. Positional arguments, not an object: it runs twice a row on million-row exports.
 */
export type WallClock = (
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
) => number;

/**
 * A converter for zone-less times. `Export-Csv` writes dates in the local time of the machine that
 * ran the export, with no offset, so the caller must say which zone that was: `"local"` (this
 * process's zone, the default), `"UTC"`, or an IANA name such as `"Europe/Berlin"`.
 * Throws a `RangeError` naming the zone if it is unknown.
 */
export function createWallClock(zone = "local"): WallClock {
  if (zone === "local") return (y, mo, d, h, mi, s, ms) => new Date(y, mo - 1, d, h, mi, s, ms).getTime();
  if (zone.toUpperCase() === "UTC") return (y, mo, d, h, mi, s, ms) => Date.UTC(y, mo - 1, d, h, mi, s, ms);
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    throw new RangeError(
      `unknown time zone "${zone}": use "local", "UTC" or an IANA name such as "Europe/Berlin"`,
    );
  }
  // Intl is slow (microseconds a call) and a million-row export has two dates a row, so offsets are
  // cached per 15 minutes of UTC time; zone transitions fall on quarter-hour boundaries.
  const offsets = new Map<number, number>();
  const offsetAt = (utcMs: number): number => {
    const bucket = Math.floor(utcMs / 900_000);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const at = bucket * 900_000;
      const parts: Record<string, number> = {};
      for (const part of format.formatToParts(at)) parts[part.type] = Number(part.value);
      const asUtc = Date.UTC(
        parts.year ?? 0,
        (parts.month ?? 1) - 1,
        parts.day,
        parts.hour,
        parts.minute,
        parts.second,
      );
      offset = asUtc - at;
      offsets.set(bucket, offset);
    }
    return offset;
  };
  return (y, mo, d, h, mi, s, ms) => {
    // Two steps: the offset at the naive guess, then at the corrected instant (right across DST).
    const guess = Date.UTC(y, mo - 1, d, h, mi, s, ms);
    return guess - offsetAt(guess - offsetAt(guess));
  };
}
