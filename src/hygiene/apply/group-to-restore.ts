/**
 * The Central group a deleted device should go back into once re-installed, from its escrow
 * snapshot: the group it came from before quarantine, else the group the groups API listed it in,
 * else the record's own `group`. Undefined when it was in none (or the snapshot predates groups).
 */
export function groupToRestore(snapshot: Record<string, unknown>): string | undefined {
  const quarantine = snapshot["quarantine"] as { originalGroup?: { name?: unknown } | null } | undefined;
  if (typeof quarantine?.originalGroup?.name === "string") return quarantine.originalGroup.name;
  // Quarantined without an original group: it was ungrouped, so the memberships (the quarantine
  // group itself) are not where it belongs.
  if (quarantine !== undefined) return undefined;
  const memberships = snapshot["groupMemberships"];
  if (Array.isArray(memberships)) {
    const first = memberships[0] as { name?: unknown } | undefined;
    return typeof first?.name === "string" ? first.name : undefined;
  }
  const group = snapshot["group"] as { name?: unknown } | undefined;
  return typeof group?.name === "string" ? group.name : undefined;
}
