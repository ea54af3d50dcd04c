import { tryNormaliseDn } from "./normalise-dn.js";
import type { VipMember } from "./vip-users.js";

/** What the expansion needs to know about one directory object. */
export interface GroupMemberEntry {
  dn: string;
  objectClasses: string[];
  /** `member` (AD `group`, `groupOfNames`) or `uniqueMember` values. */
  members: string[];
  samAccountName?: string;
  /** Set when AD returned `member;range=...`: the group has more members than one response holds. */
  rangedMembers?: boolean;
}

/** Reads one object by DN; `undefined` when it does not exist (a dangling member). */
export type ReadGroupMemberEntry = (dn: string) => Promise<GroupMemberEntry | undefined>;

const GROUP_CLASSES = new Set(["group", "groupofnames", "groupofuniquenames"]);
const USER_CLASSES = new Set(["user", "person", "inetorgperson", "organizationalperson"]);

/**
 * Expand a group's membership client-side, at any depth, for servers without AD's
 * LDAP_MATCHING_RULE_IN_CHAIN (integrations.md 4.2). Breadth-first over member DNs, each DN visited
 * once (compared normalised), so membership cycles terminate. Returns the user members (computers,
 * which AD also classes as users, are left out). Dangling members are skipped and reported through
 * `onMissing`. Throws when a group's member list was ranged, because a silent partial list would
 * drop VIPs; on AD use the in-chain strategy.
 */
export async function expandGroupMembers(
  groupDn: string,
  read: ReadGroupMemberEntry,
  onMissing: (dn: string) => void = () => undefined,
  concurrency = 8,
): Promise<VipMember[]> {
  const visited = new Set<string>([tryNormaliseDn(groupDn) ?? groupDn.toLowerCase()]);
  const users: VipMember[] = [];
  let queue = [groupDn];
  while (queue.length > 0) {
    const next: string[] = [];
    for (let i = 0; i < queue.length; i += concurrency) {
      const entries = await Promise.all(
        queue.slice(i, i + concurrency).map(async (dn) => [dn, await read(dn)] as const),
      );
      for (const [dn, entry] of entries) {
        if (entry === undefined) {
          onMissing(dn);
          continue;
        }
        const classes = new Set(entry.objectClasses.map((c) => c.toLowerCase()));
        if ([...classes].some((c) => GROUP_CLASSES.has(c))) {
          if (entry.rangedMembers) {
            throw new Error(
              `group ${entry.dn} has more members than the server returns at once; use the in-chain strategy`,
            );
          }
          for (const member of entry.members) {
            const key = tryNormaliseDn(member) ?? member.toLowerCase();
            if (visited.has(key)) continue;
            visited.add(key);
            next.push(member);
          }
        } else if ([...classes].some((c) => USER_CLASSES.has(c)) && !classes.has("computer")) {
          const user: VipMember = { distinguishedName: entry.dn };
          if (entry.samAccountName !== undefined) user.samAccountName = entry.samAccountName;
          users.push(user);
        }
      }
    }
    queue = next;
  }
  return users;
}
