import { readFile } from "node:fs/promises";
import { defaultPolicy, parsePolicy, policySchema, type Policy } from "../../../hygiene/index.js";
import { UsageError } from "../../cli-error.js";

/** Policy flags of `hygiene plan` that override or extend the policy file. */
export interface PolicyFlags {
  policy?: string;
  inactiveDays?: number;
  retiredOu?: string[];
}

/**
 * The policy file (or the safe defaults) with `--inactive-days` and `--retired-ou` applied, checked
 * again as a whole so an override cannot contradict the file (e.g. the twin window).
 */
export async function loadHygienePolicy(flags: PolicyFlags): Promise<Policy> {
  let policy = defaultPolicy();
  if (flags.policy !== undefined) {
    let text: string;
    try {
      text = await readFile(flags.policy, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      throw new UsageError(`cannot read the policy file ${flags.policy} (${code}); check --policy`);
    }
    policy = parsePolicy(text, flags.policy);
  }
  const retired = flags.retiredOu ?? [];
  if (flags.inactiveDays === undefined && retired.length === 0) return policy;
  const merged = policySchema.safeParse({
    ...policy,
    ...(flags.inactiveDays === undefined ? {} : { inactiveDays: flags.inactiveDays }),
    retiredOus: [...policy.retiredOus, ...retired],
  });
  if (!merged.success) {
    const issue = merged.error.issues[0];
    const key = issue?.path.join(".") ?? "";
    throw new UsageError(
      `--inactive-days / --retired-ou conflict with the policy: "${key}" ${issue?.message ?? "is invalid"}`,
    );
  }
  return merged.data;
}
