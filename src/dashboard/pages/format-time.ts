const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago `iso` was, in the coarsest unit that still says something ("3 d", "5 h", "just now").
 * A time in the future (clock skew between machines) reads "in 2 h" rather than a negative age.
 */
export function formatAge(iso: string, now: Date): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return "unknown";
  const delta = now.getTime() - time;
  const span = Math.abs(delta);
  const text =
    span >= DAY
      ? `${Math.floor(span / DAY)} d`
      : span >= HOUR
        ? `${Math.floor(span / HOUR)} h`
        : span >= MINUTE
          ? `${Math.floor(span / MINUTE)} min`
          : undefined;
  if (text === undefined) return "just now";
  return delta >= 0 ? `${text} ago` : `in ${text}`;
}

/** A stored ISO time as people read it: `2026-03-01 10:00 UTC` (the store keeps UTC). */
export function formatTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return `${time.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
