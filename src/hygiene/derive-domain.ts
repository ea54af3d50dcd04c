import type { Endpoint } from "../central/types.js";
import type { DomainSource } from "./match-types.js";
import { normaliseHostname } from "./normalise-hostname.js";

/** A device's short name and the domain correlation will look for, with where that domain came from. */
export interface DerivedDomain {
  short: string;
  domain?: string;
  via: DomainSource;
  /** The NetBIOS domain of the login, when there was one (also when the directory could not map it). */
  netbios?: string;
}

/**
 * Derives the directory domain of a Central endpoint, which has no domain field: the suffix of an
 * FQDN host name first, else the NetBIOS domain of `associatedPerson.viaLogin` (`CORP\jdoe`) mapped
 * through the directory's NetBIOS → DNS pairs.
 * @example deriveDomain({ hostname: "PC1", associatedPerson: { viaLogin: "CORP\\jdoe" } }, new Map([["CORP", "corp.example.com"]]))
 */
export function deriveDomain(
  endpoint: Pick<Endpoint, "hostname" | "associatedPerson">,
  netbiosToDomain: ReadonlyMap<string, string>,
): DerivedDomain {
  const { short, domain } = normaliseHostname(endpoint.hostname);
  if (domain !== undefined) return { short, domain, via: "fqdn" };
  const netbios = netbiosOfLogin(endpoint.associatedPerson?.viaLogin);
  if (netbios === undefined) return { short, via: "none" };
  const mapped = netbiosToDomain.get(netbios);
  return mapped === undefined
    ? { short, via: "none", netbios }
    : { short, domain: mapped, via: "viaLogin", netbios };
}

/**
 * `CORP\jdoe` → `CORP`. A UPN (`jdoe@example.com`) is not used: its suffix is often an alternative
 * UPN suffix rather than the AD domain. Local logins (`.\admin`, `PC1\admin`) map to nothing because
 * no directory pair carries that name.
 */
function netbiosOfLogin(viaLogin: string | undefined): string | undefined {
  if (viaLogin === undefined) return undefined;
  const slash = viaLogin.indexOf("\\");
  if (slash <= 0) return undefined;
  return viaLogin.slice(0, slash).trim().toUpperCase() || undefined;
}
