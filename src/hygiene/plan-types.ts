/**
 * A hygiene plan: the decisions of one dry run, hashed so that apply can prove it acts on exactly
 * what was reviewed, and dated so that an old plan cannot be applied to a changed estate.
 */
import type { Action, Decision } from "./types.js";

/** The file format marker; bump the suffix when the shape changes incompatibly. */
export const PLAN_FORMAT = "centralctl.hygiene-plan/1";

/** Counts of decisions per action, per tenant and over the whole plan. */
export interface PlanSummary {
  totals: Record<Action, number>;
  tenants: Record<string, Record<Action, number>>;
  /**
   * Tenant id → display name when the plan was made, for people reading the plan (dashboard, plan
   * file). Display only: not part of `contentHash`, so renaming a tenant never invalidates a plan.
   * Absent in plans made before names were kept; read it with `planTenantNames`, which falls back.
   */
  tenantNames?: Record<string, string>;
}

/** A stored, exportable, editable plan. Users edit a plan only by removing decisions they want to keep. */
export interface Plan {
  format: typeof PLAN_FORMAT;
  /** `plan-<createdAt compact>-<first 12 hex of contentHash>`. */
  id: string;
  createdAt: string;
  expiresAt: string;
  /** sha256 of the canonical JSON of the policy the decisions were taken under. */
  policyHash: string;
  /** sha256 of the canonical JSON of `decisions`, in plan order. */
  contentHash: string;
  summary: PlanSummary;
  /** Sorted by tenant id, upper-cased hostname, endpoint id. */
  decisions: Decision[];
}

/** Names the decision a refusal is about, so the user can find it in the file. */
export interface OffendingDecision {
  /** 0-based position in the edited file's `decisions`. */
  index: number;
  tenantId?: string;
  endpointId?: string;
  hostname?: string;
}

/** Why an edited plan was refused. */
export type PlanRefusal =
  | "malformed"
  | "unknown_plan"
  | "header_changed"
  | "expired"
  | "tenant_not_allowed"
  | "added"
  | "duplicate"
  | "changed";

/** Outcome of {@link validateEditedPlan}: the accepted plan, or a refusal naming the first offending decision. */
export type PlanValidation =
  | { ok: true; plan: Plan; kept: number; removed: number }
  | { ok: false; refusal: PlanRefusal; message: string; decision?: OffendingDecision };
