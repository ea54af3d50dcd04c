/** A host name split into the parts correlation compares. */
export interface NormalisedHostname {
  /** First DNS label, upper-cased as AD stores `name` (e.g. `LAB-WIN10-07`); empty for an empty input. */
  short: string;
  /** The rest of an FQDN, lower-cased (e.g. `corp.example.com`); absent for short names. */
  domain?: string;
}

/**
 * Single-label suffixes that are not directory domains: macOS reports `Janes-MacBook.local` (mDNS) and
 * some Linux images `host.localdomain`. A multi-label suffix such as `corp.local` is a real AD domain.
 */
const NOT_A_DOMAIN = new Set(["local", "localdomain", "localhost"]);

/**
 * Splits a host name into an upper-cased short name and a lower-cased domain. Case, surrounding
 * blanks and a trailing dot are ignored; IPv4 literals stay whole.
 * @example normaliseHostname("lab-win10-07.Corp.Example.com.") // { short: "LAB-WIN10-07", domain: "corp.example.com" }
 */
export function normaliseHostname(hostname: string): NormalisedHostname {
  let name = hostname.trim();
  if (name.endsWith(".")) name = name.slice(0, -1);
  const dot = name.indexOf(".");
  if (dot < 0 || isIpv4(name)) return { short: name.toUpperCase() };
  const short = name.slice(0, dot).toUpperCase();
  const domain = name.slice(dot + 1).toLowerCase();
  if (domain === "" || NOT_A_DOMAIN.has(domain)) return { short };
  return { short, domain };
}

/** Digits and dots only: a char scan is cheaper than a regex on the hot path. */
function isIpv4(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c !== 46 && (c < 48 || c > 57)) return false;
  }
  return true;
}
