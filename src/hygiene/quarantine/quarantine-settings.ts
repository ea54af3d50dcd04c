import type { Policy } from "../policy-schema.js";

/** The quarantine stage of one apply run, when it is on. */
export interface QuarantineSettings {
  /** The Central endpoint group candidates wait in. */
  groupName: string;
  /** Days a device must stay quarantined, and inactive, before it is deleted. */
  graceDays: number;
}

/**
 * Whether this run quarantines, and how: the policy's `quarantine` block, switched on by
 * `--quarantine` (never off: a run cannot skip the grace period the policy asks for) and with
 * `--grace-days` overriding the policy's grace period. Undefined when the stage is off.
 */
export function resolveQuarantineSettings(
  policy: Pick<Policy, "quarantine">,
  overrides: { force?: boolean; graceDays?: number },
): QuarantineSettings | undefined {
  if (!policy.quarantine.enabled && overrides.force !== true) return undefined;
  return {
    groupName: policy.quarantine.groupName,
    graceDays: overrides.graceDays ?? policy.quarantine.graceDays,
  };
}
