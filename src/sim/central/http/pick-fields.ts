/**
 * Partial responses (`fields=id,hostname,health.overall`): keep only the named top-level keys or
 * dotted paths. Unknown names are ignored, as the API ignores fields it cannot return.
 */
export function pickFields(
  source: Record<string, unknown>,
  fields: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const path = field.split(".").filter((part) => part !== "");
    if (path.length > 0) copyPath(source, out, path);
  }
  return out;
}

function copyPath(source: Record<string, unknown>, target: Record<string, unknown>, path: string[]): void {
  const [head, ...rest] = path as [string, ...string[]];
  if (!Object.prototype.hasOwnProperty.call(source, head)) return;
  const value = source[head];
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return;
  const existing = target[head];
  const child = existing && typeof existing === "object" ? (existing as Record<string, unknown>) : {};
  copyPath(value as Record<string, unknown>, child, rest);
  if (Object.keys(child).length > 0) target[head] = child;
}
