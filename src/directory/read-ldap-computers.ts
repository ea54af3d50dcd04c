import { FilterParser } from "ldapts";
import { silentLogger } from "../util/logger.js";
import { LdapError } from "./ldap-error.js";
import { COMPUTER_ATTRIBUTES, ldapEntryToComputer } from "./ldap-entry-to-computer.js";
import { ldapOptionSchemas, parseLdapOptions, type LdapComputerOptions } from "./ldap-options.js";
import { openLdapSession } from "./ldap-session.js";
import { createNetbiosResolver } from "./netbios-resolver.js";
import type { DirectoryComputer } from "./types.js";

/**
 * Stream the computer accounts under each base DN with a paged search (`(objectClass=computer)` by
 * default, 500 a page; AD caps unpaged searches at 1000 entries). Connection, bind and search
 * failures throw an `LdapError` naming the server and what to check. The connection is closed when
 * the iteration ends, early or not.
 * @example
 * for await (const c of readLdapComputers({ url: "ldaps://dc1.corp.example.com", bindDn, password,
 *   baseDns: ["DC=corp,DC=example,DC=com"] })) console.log(c.name, c.netbiosDomain);
 */
export async function* readLdapComputers(options: LdapComputerOptions): AsyncGenerator<DirectoryComputer> {
  const parsed = parseLdapOptions(ldapOptionSchemas.computers, options);
  const logger = options.logger ?? silentLogger;
  const filter = parsed.filter ?? "(objectClass=computer)";
  try {
    FilterParser.parseString(filter);
  } catch (error) {
    throw new LdapError("options", parsed.url, `invalid LDAP filter ${filter}: ${(error as Error).message}`);
  }
  const configured = new Map(
    Object.entries(parsed.netbiosDomains ?? {}).map(([domain, name]) => [
      domain.toLowerCase(),
      name.toUpperCase(),
    ]),
  );
  const session = await openLdapSession(options);
  try {
    const netbiosOf = createNetbiosResolver(session, configured);
    const onInvalid = (attribute: string, value: string, dn: string): void =>
      logger.warn("ignoring an unreadable LDAP value", { server: session.url, dn, attribute, value });
    for (const baseDn of parsed.baseDns) {
      let count = 0;
      const pages = session.searchPages(baseDn, {
        filter,
        attributes: COMPUTER_ATTRIBUTES,
        pageSize: parsed.pageSize ?? 500,
      });
      for await (const page of pages) {
        for (const entry of page) {
          const computer = ldapEntryToComputer(entry, session.url, onInvalid);
          const netbios = await netbiosOf(entry.dn);
          if (netbios !== undefined) computer.netbiosDomain = netbios;
          count++;
          yield computer;
        }
      }
      logger.debug("LDAP computers read", { server: session.url, baseDn, count });
    }
  } finally {
    await session.close();
  }
}
