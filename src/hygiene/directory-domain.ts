import type { DirectoryComputer } from "../directory/types.js";
import { domainFromDn } from "./distinguished-name.js";

/**
 * The lower-cased DNS domain of a directory computer: its `domain`, else its `dnsHostName` suffix,
 * else the DN's `DC=` parts. Readers normally fill `domain`; the fallbacks cover hand-made exports.
 */
export function directoryDomainOf(computer: DirectoryComputer): string | undefined {
  // The directory contract says `domain` is lower-cased; trusted here because this runs per device.
  if (computer.domain !== undefined && computer.domain !== "") return computer.domain;
  const dns = computer.dnsHostName;
  if (dns !== undefined) {
    const dot = dns.indexOf(".");
    if (dot > 0 && dot < dns.length - 1) return dns.slice(dot + 1).toLowerCase();
  }
  return computer.distinguishedName === "" ? undefined : domainFromDn(computer.distinguishedName);
}
