import type { GlobMatcher } from "./compile-globs.js";
import type { CompiledPolicy } from "./compile-policy.js";
import type { Finding } from "./finding.js";
import type { DecisionInput } from "./types.js";

/**
 * Hands-off rules, checked for every device whatever its activity: the journal already deleted it,
 * a ticket holds it for manual review, the policy excludes it, or it plays a Sophos infrastructure role.
 */
export function skipFindings(input: DecisionInput, compiled: CompiledPolicy, out: Finding[]): void {
  const { endpoint, journal, openTickets } = input;
  if (journal.deletedEndpointIds.has(endpoint.id)) {
    out.push({
      code: "already_deleted",
      action: "skip",
      clause: "already deleted by an earlier run (journal)",
    });
  }
  if (openTickets.has(endpoint.id)) {
    const ticket = openTickets.get?.(endpoint.id);
    const clause =
      ticket === undefined ? "under manual review (open ticket)" : `under manual review (ticket ${ticket})`;
    out.push({ code: "open_ticket", action: "skip", clause });
  }
  const excluded = exclusionOf(input, compiled);
  if (excluded !== undefined) out.push({ code: "excluded", action: "skip", clause: excluded });
  const role = infrastructureRoleOf(input, compiled);
  if (role !== undefined) out.push({ code: "infrastructure_role", action: "skip", clause: role });
}

function exclusionOf(input: DecisionInput, compiled: CompiledPolicy): string | undefined {
  const { endpoint, tenantName, match } = input;
  if (compiled.excludedTenants.size > 0) {
    if (compiled.excludedTenants.has(endpoint.tenant.id.toUpperCase()))
      return "tenant is excluded by the policy";
    if (tenantName !== undefined && compiled.excludedTenants.has(tenantName.toUpperCase())) {
      return "tenant is excluded by the policy";
    }
  }
  const group = groupHit(endpoint.group, compiled.excludedGroups);
  if (group !== undefined) return `group '${group}' is excluded by the policy`;
  const pattern = hostHit(compiled.excludedHostname, match.short, endpoint.hostname);
  return pattern === undefined ? undefined : `hostname matches exclusion '${pattern}'`;
}

/**
 * Update caches and message relays must not be removed. The public API documents no endpoint field
 * for these roles (reference: sophos-central-api.md §5.2 lists assignedProducts codes coreAgent,
 * endpointProtection, interceptX, xdr, mtr, deviceEncryption, ztna, mtd, none of them a role), so
 * detection rests on what the admin configures: hostname globs, Central group names, and product codes
 * should a tenant show one. These roles run on servers, which the `server` rule also protects.
 */
function infrastructureRoleOf(input: DecisionInput, compiled: CompiledPolicy): string | undefined {
  const { endpoint, match } = input;
  const pattern = hostHit(compiled.infrastructureHostname, match.short, endpoint.hostname);
  if (pattern !== undefined) return `Sophos infrastructure role (hostname matches '${pattern}')`;
  const group = groupHit(endpoint.group, compiled.infrastructureGroups);
  if (group !== undefined) return `Sophos infrastructure role (group '${group}')`;
  if (compiled.infrastructureProducts.size > 0) {
    for (const product of endpoint.assignedProducts ?? []) {
      if (compiled.infrastructureProducts.has(product.code.toLowerCase())) {
        return `Sophos infrastructure role (product '${product.code}')`;
      }
    }
  }
  return undefined;
}

/** Upper-cased group names: an estate has few groups but every device asks, so remember them. */
const upperGroupNames = new Map<string, string>();

function groupHit(
  group: { id?: string; name: string } | undefined,
  names: ReadonlySet<string>,
): string | undefined {
  if (group === undefined || names.size === 0) return undefined;
  let upper = upperGroupNames.get(group.name);
  if (upper === undefined) {
    if (upperGroupNames.size > 10_000) upperGroupNames.clear();
    upperGroupNames.set(group.name, (upper = group.name.toUpperCase()));
  }
  if (names.has(upper)) return group.name;
  return group.id !== undefined && names.has(group.id.toUpperCase()) ? group.name : undefined;
}

/** Globs see the short name first, then the full FQDN (so `*.lab.example.com` works too). */
function hostHit(matcher: GlobMatcher, short: string, hostname: string): string | undefined {
  const hit = matcher(short);
  if (hit !== undefined || !hostname.includes(".")) return hit;
  return matcher(hostname.trim().toUpperCase());
}
