/**
 * The tenant names a plan's summary carries, read defensively: the summary comes back from the store
 * or a user's file as JSON, and plans made before names were kept have none.
 * @example planTenantNames(plan.summary).get(decision.tenantId) ?? decision.tenantId
 */
export function planTenantNames(summary: unknown): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  if (typeof summary !== "object" || summary === null) return names;
  const recorded = (summary as { tenantNames?: unknown }).tenantNames;
  if (typeof recorded !== "object" || recorded === null || Array.isArray(recorded)) return names;
  // Entry by entry: one bad value costs that tenant its name (the page shows the id), not the plan.
  for (const [id, name] of Object.entries(recorded as Record<string, unknown>)) {
    if (typeof name === "string" && name !== "") names.set(id, name);
  }
  return names;
}
