/**
 * Turn a `Retry-After` header into milliseconds to wait. Sophos sends integer seconds (reference
 * §10.3); RFC 9110 also allows an HTTP date, which proxies in front of Central may use. Returns
 * `undefined` when the header is absent or unreadable so the caller falls back to its own back-off.
 *
 * @example parseRetryAfter("3") // 3000
 */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now: number = Date.now(),
): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only an IMF-fixdate-like value counts as a date; Date.parse accepts too much (e.g. "1 2").
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
