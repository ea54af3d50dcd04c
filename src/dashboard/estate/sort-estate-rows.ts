import type { EstateColumn } from "./estate-columns.js";
import type { TenantTally } from "./estate-snapshot.js";

/** The default order: worst tenants first. */
export const WORST_FIRST = "worst";

/** The sort keys the page accepts: `worst`, `name` and every column key. */
export function estateSortKeys(columns: readonly EstateColumn[]): string[] {
  return [WORST_FIRST, "name", ...columns.map((c) => c.key)];
}

const byName = (a: TenantTally, b: TenantTally): number =>
  a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.tenantId.localeCompare(b.tenantId);

/**
 * Worst first: most endpoints in bad health, then most open high-severity alerts, then most stale
 * (longest threshold first, as those are the devices most surely gone), then most suspicious, then by
 * name so the order is stable. A tenant whose alerts could not be read counts as having none here.
 */
function worstFirst(a: TenantTally, b: TenantTally): number {
  const bad = b.tally.health.bad - a.tally.health.bad;
  if (bad !== 0) return bad;
  const high = b.tally.alerts.high - a.tally.alerts.high;
  if (high !== 0) return high;
  for (let i = a.tally.stale.length - 1; i >= 0; i--) {
    const stale = (b.tally.stale[i] ?? 0) - (a.tally.stale[i] ?? 0);
    if (stale !== 0) return stale;
  }
  return b.tally.health.suspicious - a.tally.health.suspicious || byName(a, b);
}

/**
 * The rows whose tenant name or id contains `filter` (ignoring case), in the order `sort` names:
 * `name` ascending, a column key by that count descending (largest first), anything else worst
 * first. Returns a new array.
 */
export function sortEstateRows(
  rows: readonly TenantTally[],
  options: { sort: string; filter: string; columns: readonly EstateColumn[] },
): TenantTally[] {
  const needle = options.filter.trim().toLowerCase();
  const kept =
    needle === ""
      ? [...rows]
      : rows.filter(
          (r) => r.name.toLowerCase().includes(needle) || r.tenantId.toLowerCase().includes(needle),
        );
  if (options.sort === "name") return kept.sort(byName);
  const column = options.columns.find((c) => c.key === options.sort);
  if (!column) return kept.sort(worstFirst);
  return kept.sort((a, b) => column.value(b.tally) - column.value(a.tally) || byName(a, b));
}
