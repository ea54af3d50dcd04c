const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

function bound(value: unknown, nowSec: number): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value !== "string") return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const relative = /^(\d+)([smhdw])$/.exec(value);
  return relative ? nowSec - Number(relative[1]) * (UNIT_SECONDS[relative[2] ?? "s"] ?? 1) : undefined;
}

/**
 * Resolve a MISP time filter (`"30d"`, `"12h"`, a timestamp, or a `[from, to]` pair) to an
 * inclusive epoch-seconds range, as MISP's `resolveTimeDelta` does. A string error when unreadable.
 */
export function resolveTimeFilter(value: unknown, nowSec: number): { from: number; to: number } | string {
  if (Array.isArray(value)) {
    const from = bound(value[0], nowSec);
    const to = bound(value[1], nowSec);
    if (value.length !== 2 || from === undefined || to === undefined) return "expected [from, to]";
    return { from, to };
  }
  const from = bound(value, nowSec);
  return from === undefined
    ? `cannot read ${JSON.stringify(value)} as a time`
    : { from, to: Number.MAX_SAFE_INTEGER };
}
