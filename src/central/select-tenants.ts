import { UnknownTenantError } from "./errors.js";
import type { Tenant } from "./types.js";

function suggestionsFor(all: readonly Tenant[], unmatched: readonly string[]): string[] {
  const out = new Set<string>();
  for (const wanted of unmatched) {
    const needle = wanted.toLowerCase();
    if (needle.length < 3) continue;
    for (const t of all) {
      if (out.size >= 5) break;
      if (t.name.toLowerCase().includes(needle) || (t.showAs ?? "").toLowerCase().includes(needle))
        out.add(t.name);
    }
  }
  return [...out];
}

/**
 * Pick the tenants named by `wanted` (`--tenant` values): each must equal a tenant id or its exact
 * name / showAs, ignoring case. If any value matches nothing the whole selection fails with
 * `UnknownTenantError` listing them — a typo never widens a run. An empty `wanted` means no filter
 * and returns `all`. The result keeps the order of `all`, without duplicates.
 *
 * @example selectTenants(tenants, ["Acme Ltd", "3f0c...-uuid"])
 */
export function selectTenants(all: readonly Tenant[], wanted: readonly string[]): Tenant[] {
  if (wanted.length === 0) return [...all];
  const chosen = new Set<Tenant>();
  const unmatched: string[] = [];
  for (const raw of wanted) {
    const needle = raw.trim().toLowerCase();
    const hits =
      needle === ""
        ? []
        : all.filter(
            (t) =>
              t.id.toLowerCase() === needle ||
              t.name.toLowerCase() === needle ||
              (t.showAs !== undefined && t.showAs.toLowerCase() === needle),
          );
    if (hits.length === 0) unmatched.push(raw);
    for (const t of hits) chosen.add(t);
  }
  if (unmatched.length > 0)
    throw new UnknownTenantError(unmatched, all.length, suggestionsFor(all, unmatched));
  return all.filter((t) => chosen.has(t));
}
