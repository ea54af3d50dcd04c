import type { Entry } from "ldapts";

/**
 * An LDAP entry's attributes by lower-case name, every value as a string array. ldapts returns a
 * string for one value, an array for several, an empty array for a requested attribute the entry
 * lacks, and keeps the case of the request or the server (integrations.md 4.7).
 */
export function entryValues(entry: Entry): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [key, raw] of Object.entries(entry)) {
    if (key === "dn") continue;
    const list = (Array.isArray(raw) ? raw : [raw]).map((v) =>
      Buffer.isBuffer(v) ? v.toString("utf8") : String(v),
    );
    values.set(key.toLowerCase(), list);
  }
  return values;
}

/** The first value of an attribute, or `undefined` when absent or empty. */
export function firstValue(values: ReadonlyMap<string, string[]>, attribute: string): string | undefined {
  const value = values.get(attribute.toLowerCase())?.[0];
  return value === undefined || value === "" ? undefined : value;
}
