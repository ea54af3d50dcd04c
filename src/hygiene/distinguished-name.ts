/**
 * LDAP distinguished names as hygiene compares them: case-insensitive, blanks around `,` and `=`
 * ignored, so "OU=Disabled Computers, DC=corp" and "ou=disabled computers,dc=corp" are the same.
 */

/** Lower-cases a DN and removes blanks around separators (RFC 4514 allows them; AD never writes them). */
export function normaliseDn(dn: string): string {
  const lower = dn.trim().toLowerCase();
  // Directory DNs almost never hold such blanks: a char scan spares the regex (this runs per stale device).
  if (!hasBlankBySeparator(lower)) return lower;
  // Escaped separators (`\,`) keep their text; both sides of a comparison go through the same code.
  return lower.replace(/\s*([,=+])\s*/g, "$1");
}

function hasBlankBySeparator(dn: string): boolean {
  for (let i = 0; i < dn.length; i++) {
    const c = dn.charCodeAt(i);
    // 44 ',', 61 '=', 43 '+'; a blank is any code unit <= 32 (space, tab, line breaks).
    if ((c === 44 || c === 61 || c === 43) && (dn.charCodeAt(i - 1) <= 32 || dn.charCodeAt(i + 1) <= 32))
      return true;
  }
  return false;
}

/**
 * True when `normalisedDn` is `normalisedOu` or lies below it. Both must come from {@link normaliseDn}.
 * @example isUnderDn("cn=pc1,ou=disabled,dc=corp", "ou=disabled,dc=corp") // true
 */
export function isUnderDn(normalisedDn: string, normalisedOu: string): boolean {
  if (normalisedOu === "") return false;
  if (normalisedDn === normalisedOu) return true;
  const start = normalisedDn.length - normalisedOu.length - 1;
  if (start < 1 || !normalisedDn.endsWith(normalisedOu)) return false;
  // The character before the suffix must be an RDN separator, and not an escaped comma inside a value.
  return normalisedDn.charCodeAt(start) === 44 && normalisedDn.charCodeAt(start - 1) !== 92;
}

/**
 * A normalised DN without its trailing `dc=` parts ("cn=pc1,ou=lab,dc=corp,dc=com" → "cn=pc1,ou=lab"),
 * so that an OU given without a domain (`OU=Disabled Computers`) matches that OU in every domain.
 * A DN with no domain part is returned unchanged.
 */
export function withoutDomain(normalisedDn: string): string {
  let end = normalisedDn.length;
  while (end > 0) {
    const comma = normalisedDn.lastIndexOf(",", end - 1);
    // A comma after a backslash is escaped inside a value, not an RDN separator: stop there.
    if (comma > 0 && normalisedDn.charCodeAt(comma - 1) === 92) break;
    if (!normalisedDn.startsWith("dc=", comma + 1)) break;
    end = comma;
  }
  return normalisedDn.slice(0, Math.max(end, 0));
}

/** True when an OU's DN names a domain (`DC=` parts), so it matches in that domain only. */
export function hasDomain(normalisedOu: string): boolean {
  return normalisedOu.startsWith("dc=") || normalisedOu.includes(",dc=");
}

/**
 * The DNS domain spelled by a DN's `DC=` parts, lower-cased; undefined when there are none.
 * @example domainFromDn("CN=PC1,OU=Lab,DC=corp,DC=example,DC=com") // "corp.example.com"
 */
export function domainFromDn(dn: string): string | undefined {
  const labels: string[] = [];
  for (const part of normaliseDn(dn).split(",")) {
    if (part.startsWith("dc=")) labels.push(part.slice(3));
  }
  return labels.length > 0 ? labels.join(".") : undefined;
}

/**
 * The part of an OU's DN above the domain, kept as the user wrote it, for sentences:
 * "OU=Disabled Computers,DC=corp,DC=example,DC=com" → "OU=Disabled Computers".
 */
export function ouLabel(ouDn: string): string {
  const parts = ouDn.split(",").filter((p) => !/^\s*dc\s*=/i.test(p));
  return parts.length > 0 ? parts.map((p) => p.trim()).join(",") : ouDn.trim();
}
