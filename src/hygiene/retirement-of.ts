import type { DirectoryComputer } from "../directory/types.js";
import type { CompiledPolicy } from "./compile-policy.js";
import { isUnderDn, normaliseDn, withoutDomain } from "./distinguished-name.js";

/** Whether the directory has retired a computer, and how, for the sentence. */
export type Retirement =
  { retired: true; via: "ou"; ouLabel: string } | { retired: true; via: "disabled" } | { retired: false };

const NOT_RETIRED: Retirement = { retired: false };
const DISABLED: Retirement = { retired: true, via: "disabled" };

/**
 * A computer is retired when its DN lies in one of the policy's retired OUs (suffix compare,
 * case-insensitive, blanks around separators ignored; an OU without `DC=` parts is compared with the
 * DN's part above its domain, so it matches in every domain), or, only when the policy says
 * `disabledCountsAsRetired`, when its account is disabled.
 */
export function retirementOf(computer: DirectoryComputer, compiled: CompiledPolicy): Retirement {
  if (compiled.retiredOus.length > 0 && computer.distinguishedName !== "") {
    const dn = normaliseDn(computer.distinguishedName);
    let local: string | undefined;
    for (const ou of compiled.retiredOus) {
      const within = ou.anyDomain ? (local ??= withoutDomain(dn)) : dn;
      if (isUnderDn(within, ou.normalised)) return { retired: true, via: "ou", ouLabel: ou.label };
    }
  }
  if (compiled.policy.disabledCountsAsRetired && !computer.enabled) return DISABLED;
  return NOT_RETIRED;
}
