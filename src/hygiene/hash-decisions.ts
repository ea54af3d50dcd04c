import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.js";
import type { Action, Decision } from "./types.js";
import type { PlanSummary } from "./plan-types.js";

/**
 * sha256 (hex) of the canonical JSON array of the decisions. Hashed piece by piece, so a plan of a
 * million decisions never needs one string longer than V8 allows; the digest equals hashing the
 * whole canonical text at once.
 */
export function hashDecisions(decisions: readonly Decision[]): string {
  const hash = createHash("sha256");
  // Fed in chunks of ~256 decisions: one update per decision costs more than the hashing itself.
  // The text is the canonical JSON array of the decisions, exactly as canonicalJson(decisions) writes it.
  const chunk: string[] = ["["];
  for (let i = 0; i < decisions.length; i++) {
    if (i > 0) chunk.push(",");
    chunk.push(canonicalJson(decisions[i]));
    if (chunk.length >= 512) hash.update(chunk.splice(0).join(""));
  }
  chunk.push("]");
  hash.update(chunk.join(""));
  return hash.digest("hex");
}

/** sha256 (hex) of any value's canonical JSON (used for the policy). */
export function hashValue(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/** Tenant id → name, as a `Map` or anything with `get` (see {@link summarise}). */
export interface TenantNameLookup {
  get(tenantId: string): string | undefined;
}

/**
 * Counts decisions per action, per tenant and in total. With `names`, the summary also carries the
 * name of each tenant that has decisions (only those, so an edited plan does not name dropped tenants).
 */
export function summarise(decisions: readonly Decision[], names?: TenantNameLookup): PlanSummary {
  const empty = (): Record<Action, number> => ({ skip: 0, review: 0, keep: 0, delete: 0 });
  const totals = empty();
  // No prototype: tenant ids come from user-editable files and must not reach Object.prototype.
  const tenants = Object.create(null) as Record<string, Record<Action, number>>;
  for (const d of decisions) {
    totals[d.action]++;
    (tenants[d.tenantId] ??= empty())[d.action]++;
  }
  if (names === undefined) return { totals, tenants };
  const tenantNames = Object.create(null) as Record<string, string>;
  let named = 0;
  for (const id of Object.keys(tenants)) {
    const name = names.get(id);
    if (name === undefined || name === "") continue;
    tenantNames[id] = name;
    named++;
  }
  // No names known: the summary keeps the shape plans had before names were kept.
  return named === 0 ? { totals, tenants } : { totals, tenants, tenantNames };
}
