import { tryNormaliseDn } from "./normalise-dn.js";
import type { VipUsers } from "./types.js";

/** One VIP as a source knows it: by account name, by DN, or both. */
export interface VipMember {
  samAccountName?: string;
  distinguishedName?: string;
}

/** `CORP\jdoe` and `jdoe` name the same account for matching; AD compares names case-insensitively. */
export function vipNameKey(name: string): string {
  const slash = name.lastIndexOf("\\");
  return (slash === -1 ? name : name.slice(slash + 1)).trim().toLowerCase();
}

/**
 * Build the {@link VipUsers} set. Names match case-insensitively and ignore a `DOMAIN\` prefix; DNs
 * match however they are spaced or cased (a computer's `managedBy` against a member DN). `size`
 * counts distinct members.
 */
export function createVipUsers(members: Iterable<VipMember>): VipUsers {
  const names = new Set<string>();
  const dns = new Set<string>();
  let size = 0;
  for (const member of members) {
    const name = member.samAccountName === undefined ? undefined : vipNameKey(member.samAccountName);
    const dn = member.distinguishedName === undefined ? undefined : tryNormaliseDn(member.distinguishedName);
    const seen = (name !== undefined && names.has(name)) || (dn !== undefined && dns.has(dn));
    if (name !== undefined && name !== "") names.add(name);
    if (dn !== undefined && dn !== "") dns.add(dn);
    if (!seen && (name || dn)) size++;
  }
  return {
    has: (samAccountName) => names.has(vipNameKey(samAccountName)),
    hasDn: (distinguishedName) => {
      const key = tryNormaliseDn(distinguishedName);
      return key !== undefined && dns.has(key);
    },
    size,
  };
}
