import { z } from "zod";
import type { PlanRecord } from "../../store/index.js";
import { PLAN_FORMAT } from "../plan-types.js";
import type { Plan } from "../plan-types.js";
import { policySchema } from "../policy-schema.js";
import type { Policy } from "../policy-schema.js";
import type { Decision } from "../types.js";

/** A plan as the hygiene commands keep it: the plan, the policy it was made under and each tenant's size. */
export interface StoredPlan {
  plan: Plan;
  policy: Policy;
  /** Devices each tenant had in Central when the plan was made (the circuit breaker's denominator). */
  estateSizes: Record<string, number>;
}

const extrasSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  policyHash: z.string(),
  summary: z.custom<Plan["summary"]>((value) => typeof value === "object" && value !== null),
  policy: z.unknown(),
  estateSizes: z.record(z.string(), z.number()),
});

/** Turns a plan into the store's record; the policy and estate sizes ride along in `summary`. */
export function toPlanRecord(stored: StoredPlan): PlanRecord {
  const { plan } = stored;
  return {
    id: plan.id,
    createdAt: plan.createdAt,
    expiresAt: plan.expiresAt,
    contentHash: plan.contentHash,
    summary: {
      format: plan.format,
      policyHash: plan.policyHash,
      summary: plan.summary,
      policy: stored.policy,
      estateSizes: stored.estateSizes,
    },
    decisions: plan.decisions,
  };
}

/**
 * Rebuilds a stored plan. Returns undefined for a record written by something other than
 * `hygiene plan` (or an older format), which apply then refuses as unknown.
 */
export function fromPlanRecord(record: PlanRecord | undefined): StoredPlan | undefined {
  if (record === undefined) return undefined;
  const extras = extrasSchema.safeParse(record.summary);
  if (!extras.success) return undefined;
  const policy = policySchema.safeParse(extras.data.policy);
  if (!policy.success) return undefined;
  const plan: Plan = {
    format: PLAN_FORMAT,
    id: record.id,
    createdAt: record.createdAt,
    expiresAt: record.expiresAt,
    policyHash: extras.data.policyHash,
    contentHash: record.contentHash,
    summary: extras.data.summary,
    decisions: record.decisions as Decision[],
  };
  return { plan, policy: policy.data, estateSizes: extras.data.estateSizes };
}
