import { hashDecisions, hashValue, summarise, type TenantNameLookup } from "./hash-decisions.js";
import { PLAN_FORMAT } from "./plan-types.js";
import type { Plan } from "./plan-types.js";
import type { Policy } from "./policy-schema.js";
import type { Decision } from "./types.js";

const HOUR_MS = 3_600_000;

/**
 * Builds a plan from decisions: sorted into a stable order, capped at `maxDeletesPerRun` deletions
 * (the longest-inactive devices go first; the rest become `keep` / `deferred_by_run_limit` for a later
 * run), hashed, and dated to expire after `planTtlHours`. Pure: the same inputs give the same plan.
 * `tenantNames` (the ones given to decideAll) are kept in the summary for display; they do not
 * change the hash or the id.
 * @example const plan = buildPlan(decideAll(devices, options), policy, Date.now(), inventory.tenantNames);
 */
export function buildPlan(
  decisions: readonly Decision[],
  policy: Policy,
  now: number,
  tenantNames?: TenantNameLookup,
): Plan {
  // Sort keys computed once per decision, not once per comparison.
  const sorted = decisions
    .map((d) => ({ d, host: d.hostname.toUpperCase() }))
    .sort(
      (a, b) =>
        compare(a.d.tenantId, b.d.tenantId) ||
        compare(a.host, b.host) ||
        compare(a.d.endpointId, b.d.endpointId),
    )
    .map(({ d }) => d);
  const capped = capDeletions(sorted, policy);
  const contentHash = hashDecisions(capped);
  const createdAt = new Date(now).toISOString();
  return {
    format: PLAN_FORMAT,
    id: `plan-${createdAt.replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-${contentHash.slice(0, 12)}`,
    createdAt,
    expiresAt: new Date(now + policy.planTtlHours * HOUR_MS).toISOString(),
    policyHash: hashValue(policy),
    contentHash,
    summary: summarise(capped, tenantNames),
    decisions: capped,
  };
}

/** Code-unit order, not locale order: the plan must sort the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function capDeletions(sorted: Decision[], policy: Policy): Decision[] {
  const deletes: number[] = [];
  for (let i = 0; i < sorted.length; i++) if ((sorted[i] as Decision).action === "delete") deletes.push(i);
  if (deletes.length <= policy.maxDeletesPerRun) return sorted;
  const days = (i: number): number => (sorted[i] as Decision).evidence.central.daysSinceSeen ?? -1;
  // Longest inactive first; unknown inactivity last; ties keep plan order, so the choice is deterministic.
  deletes.sort((x, y) => days(y) - days(x) || x - y);
  const out = sorted.slice();
  const clause = `over the run limit (policy maxDeletesPerRun: ${policy.maxDeletesPerRun}), deferred to a later run`;
  for (const i of deletes.slice(policy.maxDeletesPerRun)) {
    const d = sorted[i] as Decision;
    out[i] = {
      ...d,
      action: "keep",
      reasons: ["deferred_by_run_limit", ...d.reasons],
      sentence: `${d.sentence.replace(/ → delete$/, "")}; ${clause} → keep`,
    };
  }
  return out;
}
