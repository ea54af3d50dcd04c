/**
 * The `directory` section of an estate tenant: the customer's Active Directory as a
 * `Get-ADComputer` export would show it, so that `centralctl hygiene plan` can be tried against the
 * simulator (docs/estate-format.md, *Directory*).
 */

/** One computer account, with the properties `Get-ADComputer -Properties *` exports. */
export interface EstateDirectoryComputer {
  /** `Name` as the account was created, e.g. `ACME-LT-0042` (case varies, as in real domains). */
  name: string;
  /** `DNSHostName`, e.g. `acme-lt-0042.corp.example.com`; absent on some accounts. */
  dnsHostName?: string;
  distinguishedName: string;
  /** false: `Enabled` False and userAccountControl bit 2 (ACCOUNTDISABLE) set. */
  enabled: boolean;
  operatingSystem?: string;
  /** As AD writes it, e.g. `10.0 (19045)`. */
  operatingSystemVersion?: string;
  /** Last logon (`LastLogonDate`), ISO date-time. */
  lastLogonDate?: string;
  /** `whenChanged`, ISO date-time. */
  whenChanged?: string;
  /** `ManagedBy`, a user DN. */
  managedBy?: string;
}

/** A tenant's Active Directory domain and its computers. */
export interface EstateDirectory {
  /** NetBIOS name of the domain, e.g. `CORP` (the `DOMAIN\` of `associatedPerson.viaLogin`). */
  netbios: string;
  /** DNS name of the domain, e.g. `corp.example.com`. */
  dns: string;
  /** The OU retired computers are moved to; a hygiene policy lists it in `retiredOus`. */
  retiredOu: string;
  computers: EstateDirectoryComputer[];
  /** sAMAccountNames of VIP users (their devices are always reviewed, never deleted). */
  vipUsers: string[];
}
