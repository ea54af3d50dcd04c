import type { Endpoint } from "../central/types.js";
import type { DirectoryComputer } from "../directory/types.js";
import { directoryDomainOf } from "./directory-domain.js";
import type { DeviceMatch } from "./match-types.js";
import type { Evidence } from "./types.js";

/**
 * The key fields of the Central record and of the directory record a decision rests on, copied so
 * a plan file can be reviewed and audited without calling either system. Absent fields are
 * `undefined`, which JSON leaves out. The directory record is copied only when the rules consulted it
 * (`consultedDirectory`): an active device is kept on Central's word alone, and most of an estate is active.
 */
export function buildEvidence(
  endpoint: Endpoint,
  match: DeviceMatch,
  daysSinceSeen: number | undefined,
  twin: { endpointId: string; lastSeenAt: string } | undefined,
  consultedDirectory: boolean,
): Evidence {
  const os = endpoint.os;
  return {
    central: {
      id: endpoint.id,
      hostname: endpoint.hostname,
      type: endpoint.type,
      isServer: os?.isServer,
      lastSeenAt: endpoint.lastSeenAt,
      daysSinceSeen,
      online: endpoint.online,
      osName: os?.name,
      osBuild: os?.build,
      groupName: endpoint.group?.name,
      viaLogin: endpoint.associatedPerson?.viaLogin,
    },
    match: matchEvidence(match),
    directory: consultedDirectory && match.kind === "matched" ? directoryEvidence(match.computer) : undefined,
    twin,
  };
}

/**
 * Match summaries repeat (a few domains times a few kinds), so all but ambiguous ones are shared:
 * domain → slot by kind, domain source and basis. No key strings are built per device.
 */
const matchSummaries = new Map<string, Array<Evidence["match"] | undefined>>();
const KINDS = { matched: 0, not_found: 1, no_directory: 2, ambiguous: 3 } as const;
const VIAS = { fqdn: 0, viaLogin: 1, none: 2 } as const;

function matchEvidence(match: DeviceMatch): Evidence["match"] {
  const basis = match.kind === "matched" ? match.basis : undefined;
  if (match.kind === "ambiguous") {
    const candidates = match.candidates.map((c) => c.source);
    return { kind: match.kind, domain: match.domain, domainVia: match.domainVia, basis, candidates };
  }
  let slots = matchSummaries.get(match.domain ?? "");
  if (slots === undefined) {
    if (matchSummaries.size > 10_000) matchSummaries.clear();
    matchSummaries.set(match.domain ?? "", (slots = []));
  }
  const slot = (KINDS[match.kind] * 3 + VIAS[match.domainVia]) * 2 + (basis === "unique_hostname" ? 1 : 0);
  let summary = slots[slot];
  if (summary === undefined) {
    summary = Object.freeze({
      kind: match.kind,
      domain: match.domain,
      domainVia: match.domainVia,
      basis,
      candidates: undefined,
    });
    slots[slot] = summary;
  }
  return summary;
}

function directoryEvidence(computer: DirectoryComputer): NonNullable<Evidence["directory"]> {
  return {
    name: computer.name,
    distinguishedName: computer.distinguishedName,
    dnsHostName: computer.dnsHostName,
    domain: directoryDomainOf(computer),
    enabled: computer.enabled,
    operatingSystem: computer.operatingSystem,
    osBuild: computer.osBuild,
    lastLogonAt:
      computer.lastLogonAt === undefined ? undefined : new Date(computer.lastLogonAt).toISOString(),
    managedBy: computer.managedBy,
    source: computer.source,
  };
}
