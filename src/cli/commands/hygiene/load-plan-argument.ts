import { readFile, stat } from "node:fs/promises";
import { validateEditedPlan } from "../../../hygiene/index.js";
import { fromPlanRecord, type StoredPlan } from "../../../hygiene/apply/stored-plan.js";
import type { Store } from "../../../store/index.js";
import { UsageError } from "../../cli-error.js";

/** A plan ready to apply, and how much of it the user removed by editing. */
export interface PlanToApply extends StoredPlan {
  /** The file the plan came from, when it was a file. */
  file: string | undefined;
  removed: number;
}

/**
 * Resolves `hygiene apply`'s argument: a plan id from the store, or a plan file (possibly edited by
 * removing decisions), which is proven against the stored original. Expired plans, changed or added
 * decisions and tenants the caller cannot manage are refused with the validator's message.
 */
export async function loadPlanArgument(
  argument: string,
  store: Store,
  callerTenantIds: readonly string[],
  now: number,
): Promise<PlanToApply> {
  const file = (await isFile(argument)) ? argument : undefined;
  let edited: unknown;
  let id = argument;
  if (file !== undefined) {
    try {
      edited = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      throw new UsageError(`${file}: not a readable plan file (${(error as Error).message})`);
    }
    const fileId = (edited as { id?: unknown } | null)?.id;
    if (typeof fileId !== "string") throw new UsageError(`${file}: not a centralctl plan file (no "id")`);
    id = fileId;
  } else if (argument.endsWith(".json")) {
    throw new UsageError(`${argument}: no such plan file`);
  }
  const stored = fromPlanRecord(await store.plans.get(id));
  if (stored === undefined && file === undefined) {
    throw new UsageError(
      `no plan ${id} in the state store ${store.location}; run \`centralctl hygiene plan\` first (with the same --state)`,
    );
  }
  const result = validateEditedPlan(stored?.plan, edited ?? stored?.plan, now, callerTenantIds);
  if (!result.ok) throw new UsageError(`${file ?? `plan ${id}`}: ${result.message}`);
  return {
    plan: result.plan,
    policy: (stored as StoredPlan).policy,
    estateSizes: (stored as StoredPlan).estateSizes,
    file,
    removed: result.removed,
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
