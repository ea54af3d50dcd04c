import type { FilterOption } from "./filter-form.js";

/** One entry of a tenant filter menu: the id is sent, the label (its name, where known) is shown. */
export type TenantOption = FilterOption;

const byLabel = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * The tenant filter menu's entries, sorted by what people read. A tenant without a recorded name is
 * listed by its id; two tenants with the same name (it happens across customers) get the id added,
 * so each entry can be told apart.
 * @example tenantOptions(["t-1", "t-2"], new Map([["t-1", "Acme"]])) // Acme, then t-2
 */
export function tenantOptions(
  tenantIds: readonly string[],
  names: ReadonlyMap<string, string> | undefined,
): TenantOption[] {
  const seen = new Map<string, number>();
  for (const id of tenantIds) {
    const name = names?.get(id);
    if (name !== undefined) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  const options = tenantIds.map((id): TenantOption => {
    const name = names?.get(id);
    if (name === undefined) return { value: id, label: id };
    return { value: id, label: (seen.get(name) ?? 0) > 1 ? `${name} (${id})` : name };
  });
  return options.sort((a, b) => byLabel.compare(a.label, b.label) || (a.value < b.value ? -1 : 1));
}
