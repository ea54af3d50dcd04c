import { Filter } from "ldapts";
import { silentLogger } from "../util/logger.js";
import { domainDnOf } from "./domain-from-dn.js";
import { expandGroupMembers, type GroupMemberEntry } from "./expand-group-members.js";
import { LdapError } from "./ldap-error.js";
import { entryValues, firstValue } from "./ldap-entry-values.js";
import { ldapOptionSchemas, parseLdapOptions, type LdapVipGroupOptions } from "./ldap-options.js";
import { openLdapSession, type LdapSession } from "./ldap-session.js";
import { parseDn } from "./parse-dn.js";
import type { VipUsers } from "./types.js";
import { createVipUsers, type VipMember } from "./vip-users.js";
import { decideVipStrategy } from "./vip-strategy.js";

/** AD's LDAP_MATCHING_RULE_IN_CHAIN (TRANSITIVE_EVAL): follows `memberOf` through nested groups. */
export const IN_CHAIN_RULE = "1.2.840.113556.1.4.1941";

/**
 * The VIP users of an AD group, including members of nested groups at any depth. With the default
 * `auto` strategy the in-chain matching rule is tried first; when the server rejects it, or it finds
 * nobody although the group has members (OpenLDAP returns an empty success instead of an error,
 * integrations.md 4.6), membership is expanded client-side with cycle protection. The debug log
 * says which was used. Errors are `LdapError`s naming the server.
 */
export async function readVipGroup(options: LdapVipGroupOptions): Promise<VipUsers> {
  const parsed = parseLdapOptions(ldapOptionSchemas.vipGroup, options);
  const logger = options.logger ?? silentLogger;
  const session = await openLdapSession(options);
  try {
    const group = await findGroup(session, parsed.group, parsed.baseDns);
    const strategy = parsed.strategy ?? "auto";
    if (strategy !== "client-side") {
      const bases = parsed.baseDns ?? [domainDnOf(group.dn) ?? group.dn];
      const found = await searchInChain(session, group.dn, bases).catch((error: Error) => error);
      const outcome = found instanceof Error ? { error: found } : { users: found.length };
      const decision = decideVipStrategy(strategy, outcome, group.members.length);
      if (decision.use === "in-chain" && !(found instanceof Error)) {
        logger.debug("VIP group expanded with LDAP_MATCHING_RULE_IN_CHAIN", {
          group: group.dn,
          users: found.length,
        });
        return createVipUsers(found);
      }
      const reason = decision.use === "client-side" ? decision.reason : "";
      logger.debug("LDAP_MATCHING_RULE_IN_CHAIN unusable here; expanding nested groups client-side", {
        group: group.dn,
        reason,
      });
    }
    const users = await expandGroupMembers(
      group.dn,
      (dn) => readMemberEntry(session, dn),
      (dn) => logger.debug("VIP group member does not exist; skipped", { dn }),
    ).catch((error: unknown) => {
      throw error instanceof LdapError ? error : new LdapError("ldap", session.url, (error as Error).message);
    });
    logger.debug("VIP group expanded client-side", { group: group.dn, users: users.length });
    return createVipUsers(users);
  } finally {
    await session.close();
  }
}

async function findGroup(
  session: LdapSession,
  group: string,
  baseDns: string[] | undefined,
): Promise<GroupMemberEntry> {
  if (looksLikeDn(group)) {
    const entry = await readMemberEntry(session, group);
    if (entry === undefined)
      throw new LdapError("not-found", session.url, `VIP group ${group} not found on ${session.url}`);
    if (!entry.objectClasses.some((c) => /^(group|groupOfNames|groupOfUniqueNames)$/i.test(c))) {
      throw new LdapError(
        "options",
        session.url,
        `${group} is not a group (objectClass ${entry.objectClasses.join(", ")})`,
      );
    }
    return entry;
  }
  if (baseDns === undefined || baseDns.length === 0) {
    throw new LdapError(
      "options",
      session.url,
      `give the VIP group "${group}" as a DN, or base DNs to look it up under`,
    );
  }
  const name = Filter.escape(group);
  const matches: string[] = [];
  for (const baseDn of baseDns) {
    const entries = await session.search(baseDn, {
      scope: "sub",
      filter: `(&(|(objectClass=group)(objectClass=groupOfNames))(|(sAMAccountName=${name})(cn=${name})))`,
      attributes: ["1.1"],
    });
    matches.push(...entries.map((entry) => entry.dn));
  }
  if (matches.length !== 1) {
    const problem = matches.length === 0 ? "not found" : `ambiguous (${matches.join("; ")}); give its DN`;
    throw new LdapError(
      "not-found",
      session.url,
      `VIP group "${group}" ${problem} under ${baseDns.join("; ")}`,
    );
  }
  return (await readMemberEntry(session, matches[0] as string)) as GroupMemberEntry;
}

async function searchInChain(session: LdapSession, groupDn: string, bases: string[]): Promise<VipMember[]> {
  const users: VipMember[] = [];
  for (const baseDn of bases) {
    const pages = session.searchPages(baseDn, {
      filter: `(&(objectClass=user)(!(objectClass=computer))(memberOf:${IN_CHAIN_RULE}:=${Filter.escape(groupDn)}))`,
      attributes: ["sAMAccountName"],
      pageSize: 500,
    });
    for await (const page of pages) {
      for (const entry of page) {
        const sam = firstValue(entryValues(entry), "sAMAccountName");
        users.push(
          sam === undefined
            ? { distinguishedName: entry.dn }
            : { distinguishedName: entry.dn, samAccountName: sam },
        );
      }
    }
  }
  return users;
}

async function readMemberEntry(session: LdapSession, dn: string): Promise<GroupMemberEntry | undefined> {
  let entries;
  try {
    entries = await session.search(dn, {
      scope: "base",
      filter: "(objectClass=*)",
      attributes: ["objectClass", "member", "uniqueMember", "sAMAccountName", "uid"],
    });
  } catch (error) {
    if (error instanceof LdapError && error.ldapCode === 32) return undefined;
    throw error;
  }
  const entry = entries[0];
  if (entry === undefined) return undefined;
  const values = entryValues(entry);
  const result: GroupMemberEntry = {
    dn: entry.dn,
    objectClasses: values.get("objectclass") ?? [],
    members: [...(values.get("member") ?? []), ...(values.get("uniquemember") ?? [])],
    rangedMembers: [...values.keys()].some((key) => key.startsWith("member;range=")),
  };
  const sam = firstValue(values, "sAMAccountName") ?? firstValue(values, "uid");
  if (sam !== undefined) result.samAccountName = sam;
  return result;
}

function looksLikeDn(text: string): boolean {
  try {
    return parseDn(text).length > 1;
  } catch {
    return false;
  }
}
