import { writeFile } from "node:fs/promises";
import type { Estate } from "../estate-types.js";
import type { EstateDirectoryComputer } from "./estate-directory-types.js";

/** Where {@link writeDirectoryExport} wrote, and the NetBIOS pairs `hygiene plan` needs with it. */
export interface DirectoryExport {
  directoryFile: string;
  vipUsersFile: string;
  /** `NETBIOS=dns` pairs for `--netbios-domain`: a CSV export cannot carry them. */
  netbiosDomains: string[];
  /** Each domain's retired OU, for a policy's `retiredOus` (or `--retired-ou`). */
  retiredOus: string[];
  computers: number;
  vipUsers: number;
}

const HEADER = [
  "Name",
  "DNSHostName",
  "DistinguishedName",
  "Enabled",
  "OperatingSystem",
  "OperatingSystemVersion",
  "LastLogonDate",
  "whenChanged",
  "ManagedBy",
  "userAccountControl",
  "SamAccountName",
  "ObjectClass",
];

// userAccountControl: WORKSTATION_TRUST_ACCOUNT, or SERVER_TRUST_ACCOUNT | TRUSTED_FOR_DELEGATION for DCs.
const WORKSTATION = 0x1000;
const DOMAIN_CONTROLLER = 0x82000;
const ACCOUNTDISABLE = 0x2;

const quote = (value: string | undefined): string => `"${(value ?? "").replace(/"/g, '""')}"`;

function row(c: EstateDirectoryComputer): string {
  const dc = /,OU=Domain Controllers,/i.test(c.distinguishedName);
  const uac = (dc ? DOMAIN_CONTROLLER : WORKSTATION) | (c.enabled ? 0 : ACCOUNTDISABLE);
  return [
    c.name,
    c.dnsHostName,
    c.distinguishedName,
    c.enabled ? "True" : "False",
    c.operatingSystem,
    c.operatingSystemVersion,
    c.lastLogonDate,
    c.whenChanged,
    c.managedBy,
    String(uac),
    `${c.name.toUpperCase()}$`,
    "computer",
  ]
    .map(quote)
    .join(",");
}

/**
 * Write the estate's directories as one `Get-ADComputer -Properties * | Select-Object ... |
 * Export-Csv` file (every tenant's domain, dates as ISO-8601 UTC so no time zone is guessed) and
 * the VIP users as a list with one `DOMAIN\name` per line. Undefined when no tenant has a directory.
 * @example await writeDirectoryExport(sim.estate, "ad.csv", "vips.txt")
 */
export async function writeDirectoryExport(
  estate: Estate,
  directoryFile: string,
  vipUsersFile: string,
): Promise<DirectoryExport | undefined> {
  const directories = estate.tenants.flatMap((t) => (t.directory === undefined ? [] : [t.directory]));
  if (directories.length === 0) return undefined;
  const lines = [HEADER.map(quote).join(",")];
  const vips = ["# VIP users of the simulated estate: one sAMAccountName (DOMAIN\\name) per line"];
  for (const directory of directories) {
    for (const computer of directory.computers) lines.push(row(computer));
    for (const user of directory.vipUsers) vips.push(`${directory.netbios}\\${user}`);
  }
  await writeFile(directoryFile, `${lines.join("\r\n")}\r\n`, "utf8");
  await writeFile(vipUsersFile, `${vips.join("\n")}\n`, "utf8");
  return {
    directoryFile,
    vipUsersFile,
    netbiosDomains: [...new Set(directories.map((d) => `${d.netbios}=${d.dns}`))],
    retiredOus: [...new Set(directories.map((d) => d.retiredOu))],
    computers: lines.length - 1,
    vipUsers: vips.length - 1,
  };
}
