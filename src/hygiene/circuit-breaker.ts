import type { Plan } from "./plan-types.js";
import type { Policy } from "./policy-schema.js";

/** One tenant's share of its estate that a plan would delete. */
export interface TenantDeleteShare {
  tenantId: string;
  deletes: number;
  /** Devices the tenant has in Central; undefined when the caller did not know it. */
  estateSize: number | undefined;
  /** deletes / estateSize; undefined when the estate size is unknown or zero. */
  share: number | undefined;
  maxShare: number;
  message: string;
}

/** The verdict of {@link circuitBreaker}. */
export interface CircuitBreakerResult {
  /** True when any tenant exceeds its share or the plan exceeds the run limit: apply must stop. */
  tripped: boolean;
  /** Tenants over `maxDeleteShare` (or of unknown size), largest share first. */
  exceeded: TenantDeleteShare[];
  /** Every tenant with at least one deletion. */
  tenants: TenantDeleteShare[];
  totalDeletes: number;
  maxDeletesPerRun: number;
  overRunLimit: boolean;
}

/**
 * Stops a plan that would delete too much: per tenant more than `maxDeleteShare` of its estate, or in
 * total more than `maxDeletesPerRun` (a plan made under an older, looser policy). A tenant whose
 * estate size is unknown or zero counts as exceeded, because the share cannot be shown to be safe.
 * @example const verdict = circuitBreaker(plan, new Map([["tenant-1", 1200]]), policy);
 */
export function circuitBreaker(
  plan: Pick<Plan, "decisions">,
  estateSizes: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
  policy: Pick<Policy, "maxDeleteShare" | "maxDeletesPerRun">,
): CircuitBreakerResult {
  const sizeOf = (tenantId: string): number | undefined =>
    estateSizes instanceof Map
      ? estateSizes.get(tenantId)
      : Object.hasOwn(estateSizes, tenantId)
        ? (estateSizes as Readonly<Record<string, number>>)[tenantId]
        : undefined;
  const deletes = new Map<string, number>();
  for (const d of plan.decisions)
    if (d.action === "delete") deletes.set(d.tenantId, (deletes.get(d.tenantId) ?? 0) + 1);

  const maxShare = policy.maxDeleteShare;
  const tenants: TenantDeleteShare[] = [];
  for (const [tenantId, count] of [...deletes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const estateSize = sizeOf(tenantId);
    const share = estateSize === undefined || estateSize <= 0 ? undefined : count / estateSize;
    const limit = `policy maxDeleteShare: ${percent(maxShare)}`;
    const message =
      share === undefined
        ? `tenant ${tenantId}: ${count} deletions but the estate size is unknown (${limit}); refusing to guess`
        : `tenant ${tenantId}: ${count} of ${estateSize} devices (${percent(share)}) would be deleted (${limit})`;
    tenants.push({ tenantId, deletes: count, estateSize, share, maxShare, message });
  }
  const exceeded = tenants
    .filter((t) => t.share === undefined || t.share > maxShare)
    .sort((a, b) => (b.share ?? Infinity) - (a.share ?? Infinity));
  const totalDeletes = [...deletes.values()].reduce((a, b) => a + b, 0);
  const overRunLimit = totalDeletes > policy.maxDeletesPerRun;
  return {
    tripped: exceeded.length > 0 || overRunLimit,
    exceeded,
    tenants,
    totalDeletes,
    maxDeletesPerRun: policy.maxDeletesPerRun,
    overRunLimit,
  };
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
