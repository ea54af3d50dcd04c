import type { DirectoryComputer } from "../directory/types.js";
import { directoryDomainOf } from "./directory-domain.js";
import { normaliseHostname } from "./normalise-hostname.js";

/** Directory computers keyed for correlation. Build once per run with {@link buildDirectoryIndex}. */
export interface DirectoryIndex {
  /**
   * Upper-cased short name → the computer, or an array when several computers share the name
   * (one name in several domains, or duplicate objects). One object per name keeps 1M entries small.
   */
  readonly byName: ReadonlyMap<string, DirectoryComputer | readonly DirectoryComputer[]>;
  /** Upper-cased NetBIOS domain → lower-cased DNS domain, from the computers' own pairs. */
  readonly netbiosToDomain: ReadonlyMap<string, string>;
  /** NetBIOS names seen with two different DNS domains: left out of the map rather than guessed. */
  readonly conflictingNetbios: ReadonlySet<string>;
  /** Number of computers indexed. */
  readonly size: number;
}

/** Extra NetBIOS → DNS pairs for exports that lack `netbiosDomain` (e.g. `{ CORP: "corp.example.com" }`). */
export interface DirectoryIndexOptions {
  netbiosDomains?: Readonly<Record<string, string>>;
}

/**
 * Indexes directory computers by normalised short name and learns the NetBIOS → DNS domain map.
 * @example const index = buildDirectoryIndex(computers); matchDevice(endpoint, index);
 */
export function buildDirectoryIndex(
  computers: Iterable<DirectoryComputer>,
  options: DirectoryIndexOptions = {},
): DirectoryIndex {
  const byName = new Map<string, DirectoryComputer | DirectoryComputer[]>();
  const netbiosToDomain = new Map<string, string>();
  const conflictingNetbios = new Set<string>();
  const learn = (netbios: string, domain: string): void => {
    const key = netbios.toUpperCase();
    if (conflictingNetbios.has(key)) return;
    const dns = domain.toLowerCase();
    const known = netbiosToDomain.get(key);
    if (known === undefined) netbiosToDomain.set(key, dns);
    else if (known !== dns) {
      netbiosToDomain.delete(key);
      conflictingNetbios.add(key);
    }
  };
  for (const [netbios, domain] of Object.entries(options.netbiosDomains ?? {})) learn(netbios, domain);

  let size = 0;
  let lastNetbios = "";
  let lastDomain: string | undefined;
  for (const computer of computers) {
    size++;
    const short = shortNameOf(computer.name !== "" ? computer.name : (computer.dnsHostName ?? ""));
    if (short === "") continue;
    const existing = byName.get(short);
    if (existing === undefined) byName.set(short, computer);
    else if (Array.isArray(existing)) existing.push(computer);
    else byName.set(short, [existing as DirectoryComputer, computer]);

    const netbios = computer.netbiosDomain;
    if (netbios === undefined || netbios === "") continue;
    const domain = computer.domain ?? directoryDomainOf(computer);
    // Exports list thousands of computers per domain in a row: skip the map work when nothing changed.
    if (domain === undefined || (netbios === lastNetbios && domain === lastDomain)) continue;
    lastNetbios = netbios;
    lastDomain = domain;
    learn(netbios, domain);
  }
  return { byName, netbiosToDomain, conflictingNetbios, size };
}

/** AD's `name` is already a bare upper-case short name: skip the general normalisation for it. */
function shortNameOf(name: string): string {
  const plain = name.length > 0 && name.charCodeAt(0) > 32 && name.charCodeAt(name.length - 1) > 32;
  return plain && !name.includes(".") ? name.toUpperCase() : normaliseHostname(name).short;
}
