import { parseDn } from "./parse-dn.js";
import { rdnKey } from "./normalise-dn.js";

/**
 * The first of `ous` that contains the object named by `dn`, or `undefined`. Comparison is by RDN,
 * case-insensitive and indifferent to spacing and escaping (`OU=Disabled Computers, DC=corp` matches
 * `ou=disabled computers,dc=corp`). An OU given without `DC=` parts (`OU=Disabled Computers`) matches
 * that OU path directly under the root of any domain, which suits multi-domain estates. The object
 * must lie strictly below the OU: the OU itself is not "in" it. A `dn` that does not parse matches
 * nothing; an entry of `ous` that does not parse throws, because that is a configuration mistake.
 * @example findRetiredOu("CN=WS1,OU=Disabled Computers,DC=corp,DC=com", ["OU=Disabled Computers"])
 */
export function findRetiredOu(dn: string, ous: readonly string[]): string | undefined {
  let keys: string[];
  try {
    keys = parseDn(dn).map(rdnKey);
  } catch {
    return undefined;
  }
  const domainStart = keys.findIndex(
    (key, i) => key.startsWith("dc=") && keys.slice(i).every((k) => k.startsWith("dc=")),
  );
  for (const ou of ous) {
    const ouKeys = parseDn(ou).map(rdnKey);
    if (ouKeys.length === 0) continue;
    const anchored = ouKeys.some((key) => key.startsWith("dc="));
    // Unanchored OUs are compared against the DN with its domain part removed.
    const end = anchored ? keys.length : domainStart === -1 ? keys.length : domainStart;
    const start = end - ouKeys.length;
    if (start < 1) continue;
    if (ouKeys.every((key, i) => keys[start + i] === key)) return ou;
  }
  return undefined;
}

/** True when `dn` lies within one of the retired (disabled-computer) OUs; see {@link findRetiredOu}. */
export function isInRetiredOu(dn: string, ous: readonly string[]): boolean {
  return findRetiredOu(dn, ous) !== undefined;
}
