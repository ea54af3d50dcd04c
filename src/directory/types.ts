/**
 * The source of truth for hygiene: computer objects from Active Directory (LDAP) or an export of it,
 * normalised to one shape so correlation does not care where they came from.
 */

/** One computer account in the directory. */
export interface DirectoryComputer {
  /** Short host name, upper-cased as AD stores `name` (e.g. `LAB-WIN10-07`). */
  name: string;
  /** `dNSHostName` if set, lower-cased (e.g. `lab-win10-07.corp.example.com`). */
  dnsHostName?: string;
  /** `distinguishedName`; empty for exports that lack it. */
  distinguishedName: string;
  /** DNS domain, lower-cased: from `dNSHostName`'s suffix, else from the DN's `DC=` parts. */
  domain?: string;
  /** NetBIOS name of the domain (e.g. `CORP`), from the partitions entry or configuration. */
  netbiosDomain?: string;
  operatingSystem?: string;
  /** `operatingSystemVersion` as AD writes it, e.g. `10.0 (19045)`. */
  operatingSystemVersion?: string;
  /** Build number parsed from the version, e.g. 19045. */
  osBuild?: number;
  /** Last logon (from `lastLogonTimestamp` or the export's `LastLogonDate`), ms since epoch. */
  lastLogonAt?: number;
  /** `whenChanged`, ms since epoch. */
  whenChangedAt?: number;
  /** false when the account is disabled (userAccountControl bit 2, or the export's `Enabled`). */
  enabled: boolean;
  /** `managedBy` DN, if any. */
  managedBy?: string;
  /** Where this record came from, for error messages and evidence: `ldap://dc1`, `file.csv:12`. */
  source: string;
}

/** A set of VIP user names (sAMAccountName, case-insensitive) whose devices always need review. */
export interface VipUsers {
  has(samAccountName: string): boolean;
  /** Also true when the DN (e.g. a computer's `managedBy`) belongs to a VIP. */
  hasDn(distinguishedName: string): boolean;
  readonly size: number;
}
