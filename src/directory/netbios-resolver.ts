import { Filter } from "ldapts";
import { domainDnOf, domainFromDn } from "./domain-from-dn.js";
import { LdapError } from "./ldap-error.js";
import { entryValues, firstValue } from "./ldap-entry-values.js";
import type { LdapSession } from "./ldap-session.js";

/** Finds the NetBIOS name of the domain an object's DN belongs to; results are cached per domain. */
export type NetbiosResolver = (dn: string) => Promise<string | undefined>;

/**
 * A resolver that answers from `configured` (NetBIOS names by DNS domain) when it can, and otherwise
 * reads the domain's crossRef: `(&(objectClass=crossRef)(nCName=<domain DN>))` under
 * `CN=Partitions,<configurationNamingContext>`, attribute `nETBIOSName` (integrations.md 4.5). The
 * configuration NC comes from the rootDSE; servers without it (OpenLDAP) get
 * `CN=Configuration,<domain DN>`. A failed lookup is logged and gives `undefined`: the NetBIOS name
 * only helps matching, it must not stop an inventory.
 */
export function createNetbiosResolver(
  session: LdapSession,
  configured: ReadonlyMap<string, string> = new Map(),
): NetbiosResolver {
  const cache = new Map<string, Promise<string | undefined>>();
  let configurationNc: Promise<string | undefined> | undefined;
  const readConfigurationNc = async (): Promise<string | undefined> => {
    const [rootDse] = await session.search("", { scope: "base", attributes: ["configurationNamingContext"] });
    return rootDse === undefined ? undefined : firstValue(entryValues(rootDse), "configurationNamingContext");
  };
  const lookup = async (domainDn: string): Promise<string | undefined> => {
    const dnsDomain = domainFromDn(domainDn);
    const known = dnsDomain === undefined ? undefined : configured.get(dnsDomain);
    if (known !== undefined) return known;
    try {
      configurationNc ??= readConfigurationNc().catch(() => undefined);
      const base = `CN=Partitions,${(await configurationNc) ?? `CN=Configuration,${domainDn}`}`;
      const entries = await session.search(base, {
        scope: "one",
        filter: `(&(objectClass=crossRef)(nCName=${Filter.escape(domainDn)})(nETBIOSName=*))`,
        attributes: ["nETBIOSName", "dnsRoot"],
      });
      const name = entries[0] === undefined ? undefined : firstValue(entryValues(entries[0]), "nETBIOSName");
      if (name === undefined)
        session.logger.debug("no crossRef names this domain's NetBIOS name", { domainDn, base });
      return name?.toUpperCase();
    } catch (error) {
      const reason = error instanceof LdapError ? error.message : String(error);
      session.logger.debug("NetBIOS lookup failed; configure it instead", { domainDn, reason });
      return undefined;
    }
  };
  return async (dn) => {
    const domainDn = domainDnOf(dn);
    if (domainDn === undefined) return undefined;
    const key = domainDn.toLowerCase();
    let found = cache.get(key);
    if (found === undefined) {
      found = lookup(domainDn);
      cache.set(key, found);
    }
    return found;
  };
}
