/** Milliseconds between 1601-01-01 (the Windows FILETIME epoch) and 1970-01-01. */
const FILETIME_EPOCH_OFFSET_MS = 11_644_473_600_000n;
/** AD's "never" for large-integer times (also used by accountExpires). */
const FILETIME_NEVER = 9_223_372_036_854_775_807n;

/**
 * Convert an AD large-integer time (`lastLogonTimestamp`, `pwdLastSet`: 100-ns intervals since
 * 1601-01-01 UTC) to ms since the Unix epoch. The values exceed 2^53, hence BigInt. `0` and the
 * maximum mean "never" and give `undefined`. Throws a `RangeError` for text that is not an integer.
 * @example fileTimeToMs("134379954000000000") // 1793521800000 (2026-11-01T08:30:00Z)
 */
export function fileTimeToMs(value: string | number | bigint): number | undefined {
  const text = String(value).trim();
  if (!/^-?\d+$/.test(text)) throw new RangeError(`not a Windows FILETIME integer: "${text}"`);
  const ticks = BigInt(text);
  if (ticks <= 0n || ticks >= FILETIME_NEVER) return undefined;
  return Number(ticks / 10_000n - FILETIME_EPOCH_OFFSET_MS);
}

const GENERALIZED_TIME =
  /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})?(\d{2})?(?:[.,](\d+))?(Z|[+-]\d{2}(?:\d{2})?)$/;

/**
 * Parse LDAP GeneralizedTime (`whenChanged`, `whenCreated`), e.g. `20261101083000.0Z`, into ms since
 * the Unix epoch. Minutes, seconds and the fraction are optional (RFC 4517 3.3.13); a time zone is
 * required, since AD always writes `Z`. Throws a `RangeError` for anything else.
 */
export function parseGeneralizedTime(value: string): number {
  const match = GENERALIZED_TIME.exec(value.trim());
  if (!match) throw new RangeError(`not an LDAP GeneralizedTime: "${value}"`);
  const [, y, mo, d, h, mi = "00", s = "00", fraction = "", zone = "Z"] = match;
  const month = Number(mo);
  const day = Number(d);
  const utc = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s));
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || Number(h) > 23) {
    throw new RangeError(`not an LDAP GeneralizedTime: "${value}" (no such date)`);
  }
  const ms = fraction === "" ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  let offsetMin = 0;
  if (zone !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    offsetMin = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5) || "0"));
  }
  return utc + ms - offsetMin * 60_000;
}
