import type { Endpoint } from "../central/types.js";
import type { DirectoryComputer } from "../directory/types.js";
import type { DirectoryIndex } from "./build-directory-index.js";
import { deriveDomain } from "./derive-domain.js";
import { directoryDomainOf } from "./directory-domain.js";
import type { DeviceMatch } from "./match-types.js";

const NO_NETBIOS: ReadonlyMap<string, string> = new Map();

/**
 * Finds the directory computer of one Central endpoint by short host name plus domain.
 *
 * - Domain known from the FQDN: only a computer in that domain matches; a computer of the same name
 *   in another domain is a different machine (`not_found`).
 * - Domain known from the user's login: tried first, but a user may log on to a machine of another
 *   domain, so when no candidate is in it the hostname-only rule below decides.
 * - Domain unknown: a match only when the name is unique in the whole directory, else `ambiguous`.
 * A computer whose own domain is unknown cannot contradict a derived domain and counts as unique only.
 */
export function matchDevice(
  endpoint: Pick<Endpoint, "hostname" | "associatedPerson">,
  index: DirectoryIndex | undefined,
): DeviceMatch {
  const { short, domain, via } = deriveDomain(endpoint, index?.netbiosToDomain ?? NO_NETBIOS);
  // Object literals with every key, so all matches share a few hidden classes (1M of them are kept).
  if (index === undefined) return { kind: "no_directory", short, domain, domainVia: via };
  const entry = short === "" ? undefined : index.byName.get(short);
  if (entry === undefined) return { kind: "not_found", short, domain, domainVia: via };

  if (domain !== undefined) {
    if (!isArray(entry)) {
      const own = directoryDomainOf(entry);
      if (own === domain) {
        return {
          kind: "matched",
          short,
          domain,
          domainVia: via,
          computer: entry,
          basis: "hostname_and_domain",
        };
      }
      if (via === "fqdn" && own !== undefined) return { kind: "not_found", short, domain, domainVia: via };
    } else {
      const inDomain = entry.filter((c) => directoryDomainOf(c) === domain);
      const only = inDomain.length === 1 ? inDomain[0] : undefined;
      if (only !== undefined) {
        return {
          kind: "matched",
          short,
          domain,
          domainVia: via,
          computer: only,
          basis: "hostname_and_domain",
        };
      }
      if (inDomain.length > 1)
        return { kind: "ambiguous", short, domain, domainVia: via, candidates: inDomain };
      if (via === "fqdn") return { kind: "not_found", short, domain, domainVia: via };
    }
  }
  if (!isArray(entry)) {
    return { kind: "matched", short, domain, domainVia: via, computer: entry, basis: "unique_hostname" };
  }
  return { kind: "ambiguous", short, domain, domainVia: via, candidates: entry };
}

function isArray(
  entry: DirectoryComputer | readonly DirectoryComputer[],
): entry is readonly DirectoryComputer[] {
  return Array.isArray(entry);
}
