import { z } from "zod";
import { PLAN_FORMAT } from "./plan-types.js";

/**
 * The header of a plan file as a user may hand it back. Decisions are only checked for what
 * identifies them (see {@link decisionIdentity}); everything else in them is compared with the
 * original field by field, which proves more than a schema could, and without copying a million objects.
 */
export const planFileSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  id: z.string().min(1),
  createdAt: z.string(),
  expiresAt: z.string(),
  policyHash: z.string(),
  contentHash: z.string(),
  summary: z.unknown(),
  decisions: z.array(z.unknown()),
});

/** A plan file after header validation; its decisions still have to be proven against the original. */
export type PlanFile = z.output<typeof planFileSchema>;

/** What names a decision in a refusal; the tenant and endpoint ids are also its key. */
export interface DecisionIdentity {
  tenantId: string;
  endpointId: string;
  hostname: string;
}

/** The identity of one decision of a plan file, or a message saying which field is missing. */
export function decisionIdentity(value: unknown): DecisionIdentity | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "is not an object";
  const { tenantId, endpointId, hostname } = value as Record<string, unknown>;
  if (typeof tenantId !== "string" || tenantId === "") return '"tenantId" must be a non-empty string';
  if (typeof endpointId !== "string" || endpointId === "") return '"endpointId" must be a non-empty string';
  if (typeof hostname !== "string") return '"hostname" must be a string';
  return { tenantId, endpointId, hostname };
}
