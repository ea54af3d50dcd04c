import type { Entry } from "ldapts";
import { fileTimeToMs, parseGeneralizedTime } from "./ad-time.js";
import { dnsSuffix, parseOsBuild, shortHostName } from "./computer-names.js";
import { domainFromDn } from "./domain-from-dn.js";
import { entryValues, firstValue } from "./ldap-entry-values.js";
import { parseDn } from "./parse-dn.js";
import type { DirectoryComputer } from "./types.js";

/**
 * Attributes requested for computers. `name` is AD's RDN attribute; OpenLDAP has no such stored
 * attribute, so `cn` is read as well. `distinguishedName` is not requested: the entry's DN is the
 * same thing, and on OpenLDAP that name is an abstract supertype that returns other attributes.
 */
export const COMPUTER_ATTRIBUTES = [
  "name",
  "cn",
  "sAMAccountName",
  "dNSHostName",
  "operatingSystem",
  "operatingSystemVersion",
  "lastLogonTimestamp",
  "userAccountControl",
  "whenChanged",
  "managedBy",
];

/** Called for a value that cannot be read; the field is left out rather than failing the run. */
export type InvalidValueHandler = (attribute: string, value: string, dn: string) => void;

/**
 * Normalise one computer entry from a paged search. Pure. A disabled account is one whose
 * userAccountControl has bit 2 (ACCOUNTDISABLE) set; without the attribute it counts as enabled.
 */
export function ldapEntryToComputer(
  entry: Entry,
  source: string,
  onInvalid: InvalidValueHandler,
): DirectoryComputer {
  const values = entryValues(entry);
  const dn = entry.dn;
  const sam = firstValue(values, "sAMAccountName");
  const rawName = firstValue(values, "name") ?? firstValue(values, "cn") ?? sam ?? firstRdnValue(dn);
  const read = <T>(attribute: string, parse: (value: string) => T | undefined): T | undefined => {
    const value = firstValue(values, attribute);
    if (value === undefined) return undefined;
    try {
      return parse(value);
    } catch {
      onInvalid(attribute, value, dn);
      return undefined;
    }
  };
  const uac = read("userAccountControl", (v) => (/^-?\d+$/.test(v) ? Number(v) : invalid()));
  const computer: DirectoryComputer = {
    name: shortHostName(rawName),
    distinguishedName: dn,
    enabled: uac === undefined || (uac & 2) === 0,
    source,
  };
  const dnsHostName = firstValue(values, "dNSHostName")?.toLowerCase();
  if (dnsHostName !== undefined) computer.dnsHostName = dnsHostName;
  const domain = (dnsHostName && dnsSuffix(dnsHostName)) || safeDomain(dn);
  if (domain !== undefined) computer.domain = domain;
  const os = firstValue(values, "operatingSystem");
  if (os !== undefined) computer.operatingSystem = os;
  const version = firstValue(values, "operatingSystemVersion");
  if (version !== undefined) {
    computer.operatingSystemVersion = version;
    const build = parseOsBuild(version);
    if (build !== undefined) computer.osBuild = build;
  }
  const lastLogonAt = read("lastLogonTimestamp", fileTimeToMs);
  if (lastLogonAt !== undefined) computer.lastLogonAt = lastLogonAt;
  const whenChangedAt = read("whenChanged", parseGeneralizedTime);
  if (whenChangedAt !== undefined) computer.whenChangedAt = whenChangedAt;
  const managedBy = firstValue(values, "managedBy");
  if (managedBy !== undefined) computer.managedBy = managedBy;
  return computer;
}

function invalid(): never {
  throw new RangeError("invalid");
}

function firstRdnValue(dn: string): string {
  try {
    return parseDn(dn)[0]?.value ?? dn;
  } catch {
    return dn;
  }
}

function safeDomain(dn: string): string | undefined {
  try {
    return domainFromDn(dn);
  } catch {
    return undefined;
  }
}
