/**
 * Whether two values have the same JSON meaning: key order is ignored and `undefined` members count
 * as absent, exactly as {@link canonicalJson} sees them, but without building any text. Used to
 * compare a million edited decisions with the originals.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    // JSON writes non-finite numbers as null.
    if (typeof a === "number" && !Number.isFinite(a))
      return b === null || (typeof b === "number" && !Number.isFinite(b));
    if (typeof b === "number" && !Number.isFinite(b)) return a === null;
    return false;
  }
  const aArray = Array.isArray(a);
  if (aArray !== Array.isArray(b)) return false;
  if (aArray) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i] ?? null, y[i] ?? null)) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let xCount = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key) || x[key] === undefined) continue;
    xCount++;
    if (!Object.hasOwn(y, key) || !sameJson(x[key], y[key])) return false;
  }
  let yCount = 0;
  for (const key in y) if (Object.hasOwn(y, key) && y[key] !== undefined) yCount++;
  return xCount === yCount;
}
