/**
 * The result of correlating one Central endpoint with the directory.
 */
import type { Endpoint } from "../central/types.js";
import type { DirectoryComputer } from "../directory/types.js";

/** How the device's domain was learned: its FQDN, the NetBIOS domain of its user's login, or not at all. */
export type DomainSource = "fqdn" | "viaLogin" | "none";

/** How a match was made: the domain narrowed it to one computer, or the name is unique in the directory. */
export type MatchBasis = "hostname_and_domain" | "unique_hostname";

/** Fields every match result carries: the normalised short name and what is known of the domain. */
interface MatchKey {
  /** Upper-cased short host name (the first DNS label). */
  short: string;
  /** Lower-cased DNS domain, when one could be derived (the key is always present, for a fixed object shape). */
  domain?: string | undefined;
  domainVia: DomainSource;
}

/**
 * `matched`: exactly one directory computer. `ambiguous`: several candidates the domain cannot tell
 * apart. `not_found`: the directory does not know this host. `no_directory`: none was given.
 */
export type DeviceMatch =
  | (MatchKey & { kind: "matched"; computer: DirectoryComputer; basis: MatchBasis })
  | (MatchKey & { kind: "ambiguous"; candidates: readonly DirectoryComputer[] })
  | (MatchKey & { kind: "not_found" })
  | (MatchKey & { kind: "no_directory" });

/** A Central endpoint paired with its directory match, the unit {@link decideAll} works on. */
export interface CorrelatedDevice {
  endpoint: Endpoint;
  match: DeviceMatch;
}
