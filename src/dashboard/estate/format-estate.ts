const COUNT = new Intl.NumberFormat("en-US");

/** A count with thousands separators, e.g. `1,204,331`. */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** A duration for people: `850 ms`, `3.2 s`, `4 min 05 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/** An instant in UTC to the second, e.g. `2026-11-24 00:23:14 UTC` (the dashboard may run anywhere). */
export function formatInstant(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}
