/**
 * The directory side of estate hygiene: the source of truth for which computers should exist.
 * Reads Active Directory over LDAP or an export of it, normalised to {@link DirectoryComputer}.
 */
export type { DirectoryComputer, VipUsers } from "./types.js";

export { readDirectoryFile, readDirectoryFileBatches } from "./read-directory-file.js";
export type { DirectoryFileOptions } from "./export-settings.js";
export { DirectoryFileError } from "./directory-file-error.js";

export { readLdapComputers } from "./read-ldap-computers.js";
export { readVipGroup, IN_CHAIN_RULE } from "./read-vip-group.js";
export { loadVipUsers } from "./load-vip-file.js";
export { createVipUsers, type VipMember } from "./vip-users.js";
export {
  ldapOptionSchemas,
  type LdapComputerOptions,
  type LdapConnectionOptions,
  type LdapVipGroupOptions,
} from "./ldap-options.js";
export { LdapError, type LdapFailureKind } from "./ldap-error.js";

export { isInRetiredOu, findRetiredOu } from "./retired-ou.js";
export { normaliseDn } from "./normalise-dn.js";
export { domainFromDn } from "./domain-from-dn.js";
export { fileTimeToMs, parseGeneralizedTime } from "./ad-time.js";
