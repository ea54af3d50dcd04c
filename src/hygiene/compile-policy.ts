import { compileGlobs } from "./compile-globs.js";
import type { GlobMatcher } from "./compile-globs.js";
import { hasDomain, normaliseDn, ouLabel } from "./distinguished-name.js";
import type { Policy } from "./policy-schema.js";

const DAY_MS = 86_400_000;

/** A policy with its lists turned into lookups, built once and reused for every device. */
export interface CompiledPolicy {
  readonly policy: Policy;
  readonly inactiveMs: number;
  readonly twinRecentMs: number;
  readonly excludedHostname: GlobMatcher;
  /** Upper-cased tenant ids and names. */
  readonly excludedTenants: ReadonlySet<string>;
  /** Upper-cased group names and ids. */
  readonly excludedGroups: ReadonlySet<string>;
  readonly infrastructureHostname: GlobMatcher;
  readonly infrastructureGroups: ReadonlySet<string>;
  /** Lower-cased `assignedProducts[].code` values. */
  readonly infrastructureProducts: ReadonlySet<string>;
  /** `anyDomain`: the OU was given without `DC=` parts and matches that OU path in every domain. */
  readonly retiredOus: ReadonlyArray<{
    readonly normalised: string;
    readonly label: string;
    readonly anyDomain: boolean;
  }>;
}

const cache = new WeakMap<Policy, CompiledPolicy>();

/**
 * Compiles a policy's globs, sets and OUs; cached per policy object, so callers may pass the plain
 * policy to {@link decide} for every device without paying for compilation each time.
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = cache.get(policy);
  if (cached !== undefined) return cached;
  const upper = (values: readonly string[]): Set<string> => new Set(values.map((v) => v.toUpperCase()));
  const compiled: CompiledPolicy = {
    policy,
    inactiveMs: policy.inactiveDays * DAY_MS,
    twinRecentMs: policy.duplicateTwinRecentDays * DAY_MS,
    excludedHostname: compileGlobs(policy.exclusions.hostnamePatterns),
    excludedTenants: upper(policy.exclusions.tenants),
    excludedGroups: upper(policy.exclusions.groups),
    infrastructureHostname: compileGlobs(policy.infrastructureHostnamePatterns),
    infrastructureGroups: upper(policy.infrastructureGroups),
    infrastructureProducts: new Set(policy.infrastructureProductCodes.map((c) => c.toLowerCase())),
    retiredOus: policy.retiredOus.map((ou) => {
      const normalised = normaliseDn(ou);
      return { normalised, label: ouLabel(ou), anyDomain: !hasDomain(normalised) };
    }),
  };
  cache.set(policy, compiled);
  return compiled;
}
