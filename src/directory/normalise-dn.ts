import { parseDn, type Rdn } from "./parse-dn.js";

/** The comparison key of one RDN: AD compares attribute types and values case-insensitively. */
export function rdnKey(rdn: Rdn): string {
  return `${rdn.type}=${rdn.value.toLowerCase()}`;
}

/**
 * A canonical form of a DN for equality and suffix tests: lower case, no spaces around separators,
 * escapes decoded. `CN=A, OU=B` and `cn=a,ou=b` give the same key. Not meant for display or for
 * sending back to a server (commas inside values are not re-escaped).
 */
export function normaliseDn(dn: string): string {
  return parseDn(dn).map(rdnKey).join(",");
}

/** {@link normaliseDn}, or `undefined` for text that is not a DN (for values read from elsewhere). */
export function tryNormaliseDn(dn: string): string | undefined {
  try {
    return normaliseDn(dn);
  } catch {
    return undefined;
  }
}
