import { formatPath, type EstateIssue } from "../check-estate-references.js";
import type { Estate } from "../estate-types.js";
import type { EstateSavedQuery } from "./estate-saved-query-types.js";

const PLACEHOLDER = /\$\$([^$]+)\$\$/g;

/** Placeholders of a template that its variables do not declare (they would stay in the SQL). */
function undeclared(query: EstateSavedQuery): string[] {
  const declared = new Set(query.variables.map((v) => v.name));
  const used = new Set([...query.template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""));
  return [...used].filter((name) => !declared.has(name));
}

/**
 * Checks of saved queries the schema cannot express: every `$$placeholder$$` is declared, and within
 * each tenant's catalogue (the top-level queries plus the tenant's own) names and ids are unique per
 * API, because `hunt run --query NAME` finds a query by its name.
 */
export function checkSavedQueries(estate: Estate): EstateIssue[] {
  const issues: EstateIssue[] = [];
  const check = (list: EstateSavedQuery[] | undefined, at: Array<string | number>): void =>
    list?.forEach((query, q) => {
      const missing = undeclared(query);
      if (missing.length > 0)
        issues.push({
          path: [...at, q, "template"],
          message: `uses ${missing.map((n) => `$$${n}$$`).join(", ")}, which "variables" does not declare`,
        });
    });
  check(estate.savedQueries, ["savedQueries"]);
  const global = new Map<string, string>();
  duplicates(estate.savedQueries ?? [], global, ["savedQueries"], issues);
  estate.tenants.forEach((tenant, t) => {
    check(tenant.savedQueries, ["tenants", t, "savedQueries"]);
    duplicates(tenant.savedQueries ?? [], new Map(global), ["tenants", t, "savedQueries"], issues);
  });
  return issues;
}

function duplicates(
  list: readonly EstateSavedQuery[],
  seen: Map<string, string>,
  at: Array<string | number>,
  issues: EstateIssue[],
): void {
  list.forEach((query, q) => {
    const api = query.api.toUpperCase();
    const byName = `${query.api}|name|${query.name}`;
    const byId = `${query.api}|id|${query.id}`;
    const name = seen.get(byName);
    const id = seen.get(byId);
    if (name !== undefined)
      issues.push({
        path: [...at, q, "name"],
        message: `a second ${api} query named "${query.name}" (first in ${name}); names must be unique per API`,
      });
    else if (id !== undefined)
      issues.push({
        path: [...at, q, "id"],
        message: `a second ${api} query with id ${query.id} (first in ${id})`,
      });
    seen.set(byName, name ?? formatPath([...at, q]));
    seen.set(byId, id ?? formatPath([...at, q]));
  });
}
