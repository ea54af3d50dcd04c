import { closestName, isLikelyMisspelling } from "./closest-name.js";

/**
 * The export columns we read, by our field name. Names match `Get-ADComputer` property names, which
 * PowerShell treats case-insensitively, so matching here is case-insensitive too.
 */
export const READ_COLUMNS = {
  name: "Name",
  dnsHostName: "DNSHostName",
  distinguishedName: "DistinguishedName",
  enabled: "Enabled",
  operatingSystem: "OperatingSystem",
  operatingSystemVersion: "OperatingSystemVersion",
  lastLogonDate: "LastLogonDate",
  lastLogonTimestamp: "lastLogonTimestamp",
  whenChanged: "whenChanged",
  modified: "Modified",
  managedBy: "ManagedBy",
  userAccountControl: "userAccountControl",
} as const;

/** One of the fields in {@link READ_COLUMNS}. */
export type ReadField = keyof typeof READ_COLUMNS;

// Other properties Get-ADComputer (default, extended and common LDAP attributes) and the ADEntity
// wrapper put into Export-Csv / ConvertTo-Json output. Accepted and ignored.
const IGNORED_COLUMNS = `
  AccountExpirationDate accountExpires AccountLockoutTime AccountNotDelegated
  AllowReversiblePasswordEncryption AuthenticationPolicy AuthenticationPolicySilo BadLogonCount
  badPasswordTime badPwdCount CannotChangePassword CanonicalName Certificates CN codePage
  CompoundIdentitySupported countryCode Created createTimeStamp Deleted Description DisplayName
  DoesNotRequirePreAuth dSCorePropagationData HomedirRequired HomePage instanceType IPv4Address
  IPv6Address isCriticalSystemObject isDeleted KerberosEncryptionType LastBadPasswordAttempt
  LastKnownParent lastLogoff lastLogon localPolicyFlags Location LockedOut logonCount MemberOf
  MNSLogonAccount modifyTimeStamp msDS-SupportedEncryptionTypes msDS-User-Account-Control-Computed
  nTSecurityDescriptor ObjectCategory ObjectClass ObjectGUID objectSid OperatingSystemHotfix
  OperatingSystemServicePack PasswordExpired PasswordLastSet PasswordNeverExpires
  PasswordNotRequired PrimaryGroup primaryGroupID PrincipalsAllowedToDelegateToAccount
  ProtectedFromAccidentalDeletion pwdLastSet SamAccountName sAMAccountType sDRightsEffective
  ServiceAccount servicePrincipalName ServicePrincipalNames SID SIDHistory TrustedForDelegation
  TrustedToAuthForDelegation UseDESKeyOnly userCertificate UserPrincipalName uSNChanged uSNCreated
  whenCreated PropertyNames AddedProperties RemovedProperties ModifiedProperties PropertyCount
  ms-Mcs-AdmPwdExpirationTime msLAPS-PasswordExpirationTime
`
  .trim()
  .split(/\s+/);

const READ_BY_FOLDED = new Map<string, ReadField>(
  Object.entries(READ_COLUMNS).map(([field, column]) => [column.toLowerCase(), field as ReadField]),
);
const IGNORED_FOLDED = new Set(IGNORED_COLUMNS.map((c) => c.toLowerCase()));
const ALL_KNOWN = [...Object.values(READ_COLUMNS), ...IGNORED_COLUMNS];

/** Which position (CSV) or key (JSON) holds each field we read. */
export type ColumnMap = Partial<Record<ReadField, number>>;

/** A header problem, without a location: the reader adds file and line. */
export class ColumnError extends Error {}

/**
 * Map an export's column names to the fields we read, rejecting what would silently lose data:
 * a misspelt column (`LastLogonDat` would make every device look never-logged-on, so it is an
 * error even with `allowUnknownColumns`), a duplicate, a missing `Name`, or, unless allowed, a
 * column that is no Get-ADComputer property at all.
 */
export function mapColumns(names: readonly string[], allowUnknownColumns = false): ColumnMap {
  const map: ColumnMap = {};
  const seen = new Map<string, number>();
  names.forEach((raw, index) => {
    const name = raw.trim();
    const lower = name.toLowerCase();
    const earlier = seen.get(lower);
    if (earlier !== undefined) {
      throw new ColumnError(
        `column "${name}" appears twice (columns ${earlier + 1} and ${index + 1}); keep one`,
      );
    }
    seen.set(lower, index);
    const field = READ_BY_FOLDED.get(lower);
    if (field !== undefined) {
      map[field] = index;
      return;
    }
    if (IGNORED_FOLDED.has(lower)) return;
    const nearRead = closestName(name, Object.values(READ_COLUMNS));
    if (nearRead && (nearRead.distance === 0 || isLikelyMisspelling(name, nearRead.distance))) {
      throw new ColumnError(
        `unknown column "${name}": did you mean "${nearRead.name}"? Fix the header and retry`,
      );
    }
    if (allowUnknownColumns) return;
    const near = closestName(name, ALL_KNOWN);
    const hint = near && isLikelyMisspelling(name, near.distance) ? ` (did you mean "${near.name}"?)` : "";
    throw new ColumnError(
      `unknown column "${name}"${hint}: not a Get-ADComputer property; remove it or allow unknown columns`,
    );
  });
  if (map.name === undefined) {
    const found = names.length > 0 ? names.map((n) => n.trim()).join(", ") : "none";
    throw new ColumnError(
      `missing required column "Name" (found: ${found}); export with Get-ADComputer ... | Export-Csv`,
    );
  }
  return map;
}
