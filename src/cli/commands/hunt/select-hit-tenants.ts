/** A tenant with hits in a saved run. */
export interface HitTenant {
  tenantId: string;
  tenantName: string;
}

/** The tenants `--tenant` values pick out of a run, and the values that picked none. */
export interface HitTenantSelection {
  tenantIds: string[];
  unmatched: string[];
}

/**
 * Match `--tenant` values (an id, or a name in any case) against the tenants with hits in a run.
 * Only tenants with hits are known to a saved run, so a value matching none is not an error: that
 * tenant may simply have been clean. The caller says so, since it may also be a typo.
 */
export function selectHitTenants(
  values: readonly string[],
  tenants: readonly HitTenant[],
): HitTenantSelection {
  const tenantIds: string[] = [];
  const unmatched: string[] = [];
  for (const value of values) {
    const wanted = value.trim().toLowerCase();
    const matches = tenants.filter(
      (t) => t.tenantId.toLowerCase() === wanted || t.tenantName.toLowerCase() === wanted,
    );
    if (matches.length === 0) unmatched.push(value);
    for (const { tenantId } of matches) if (!tenantIds.includes(tenantId)) tenantIds.push(tenantId);
  }
  return { tenantIds, unmatched };
}
