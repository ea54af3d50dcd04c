import { firstDifference } from "./first-difference.js";
import { hashDecisions, summarise } from "./hash-decisions.js";
import { decisionIdentity, planFileSchema } from "./plan-schema.js";
import { planTenantNames } from "./plan-tenant-names.js";
import type { OffendingDecision, Plan, PlanRefusal, PlanValidation } from "./plan-types.js";
import { sameJson } from "./same-json.js";
import type { Decision } from "./types.js";

const HEADER = ["format", "id", "createdAt", "expiresAt", "policyHash", "contentHash"] as const;

/**
 * Checks a plan file a user edited before it is applied. Accepted only when the plan is known,
 * unexpired, limited to the caller's tenants, and its decisions are a subset of the original's,
 * each unchanged (order does not matter). Removing a decision is how a user keeps a device.
 * Without the original (`undefined`) nothing can prove the file was only trimmed, so it is refused.
 * The accepted plan keeps the original id and carries a recomputed summary and content hash.
 * @example const result = validateEditedPlan(await store.getPlan(id), JSON.parse(text), Date.now(), tenantIds);
 */
export function validateEditedPlan(
  original: Plan | undefined,
  edited: unknown,
  now: number,
  callerTenantIds: Iterable<string>,
): PlanValidation {
  const parsed = planFileSchema.safeParse(edited);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? "" : issue.path.map(String).join(".");
    const index =
      issue?.path[0] === "decisions" && typeof issue.path[1] === "number" ? issue.path[1] : undefined;
    return refuse(
      "malformed",
      `the plan file is not a centralctl plan: ${where === "" ? "" : `"${where}": `}${issue?.message ?? "invalid"}`,
      index === undefined ? undefined : { index },
    );
  }
  const file = parsed.data;
  if (original === undefined) {
    return refuse(
      "unknown_plan",
      `plan ${file.id} is not in this store, so its edits cannot be checked. Create a new plan.`,
    );
  }
  for (const field of HEADER) {
    if (file[field] !== original[field]) {
      return refuse(
        "header_changed",
        `plan ${original.id}: "${field}" was changed; only decisions may be removed.`,
      );
    }
  }
  const expiresMs = Date.parse(original.expiresAt);
  if (!(now < expiresMs)) {
    return refuse("expired", `plan ${original.id} expired at ${original.expiresAt}. Create a new plan.`);
  }

  const allowed = new Set(callerTenantIds);
  const byKey = new Map<string, number>();
  original.decisions.forEach((d, i) => byKey.set(keyOf(d), i));
  const kept = new Uint8Array(original.decisions.length);
  let keptCount = 0;
  for (let index = 0; index < file.decisions.length; index++) {
    const raw = file.decisions[index];
    const id = decisionIdentity(raw);
    if (typeof id === "string") {
      return refuse("malformed", `plan ${original.id}: decision ${index + 1} ${id}.`, { index });
    }
    const at: OffendingDecision = { index, ...id };
    const name = `decision ${index + 1} (${id.hostname}, endpoint ${id.endpointId}, tenant ${id.tenantId})`;
    if (!allowed.has(id.tenantId)) {
      return refuse(
        "tenant_not_allowed",
        `plan ${original.id}: ${name} is for a tenant these credentials cannot manage.`,
        at,
      );
    }
    const position = byKey.get(keyOf(id));
    if (position === undefined) {
      return refuse(
        "added",
        `plan ${original.id}: ${name} is not in the original plan; only removing decisions is allowed.`,
        at,
      );
    }
    if (kept[position] === 1) return refuse("duplicate", `plan ${original.id}: ${name} appears twice.`, at);
    const decision = original.decisions[position] as Decision;
    if (!sameJson(decision, raw)) {
      return refuse(
        "changed",
        `plan ${original.id}: ${name} was changed (${firstDifference(decision, raw)}); only removing decisions is allowed. Create a new plan instead.`,
        at,
      );
    }
    kept[position] = 1;
    keptCount++;
  }
  // The original order, so the recomputed hash is that of the original plan minus the removed lines.
  const decisions = original.decisions.filter((_, i) => kept[i] === 1);
  const plan: Plan = {
    ...original,
    contentHash: hashDecisions(decisions),
    // Names come from the stored original, never from the file: they are not covered by the hash.
    summary: summarise(decisions, planTenantNames(original.summary)),
    decisions,
  };
  return { ok: true, plan, kept: keptCount, removed: original.decisions.length - keptCount };
}

function keyOf(d: { tenantId: string; endpointId: string }): string {
  return `${d.tenantId}\u0000${d.endpointId}`;
}

function refuse(refusal: PlanRefusal, message: string, decision?: OffendingDecision): PlanValidation {
  return decision === undefined ? { ok: false, refusal, message } : { ok: false, refusal, message, decision };
}
