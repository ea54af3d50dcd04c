/** How nested VIP group membership is resolved. */
export type VipStrategy = "auto" | "in-chain" | "client-side";

/** The outcome of the in-chain search: the users it found, or the error the server gave. */
export type InChainOutcome = { users: number } | { error: Error };

/**
 * Decide whether to trust an in-chain search or expand the group client-side. Pure. OpenLDAP does
 * not reject `memberOf:1.2.840.113556.1.4.1941:=` but answers it with nothing (integrations.md 4.6),
 * so "found nobody although the group has members" counts as unsupported, like an error does.
 * A forced `in-chain` strategy trusts the search and rethrows its error.
 */
export function decideVipStrategy(
  strategy: Exclude<VipStrategy, "client-side">,
  outcome: InChainOutcome,
  directMembers: number,
): { use: "in-chain" } | { use: "client-side"; reason: string } {
  if ("error" in outcome) {
    if (strategy === "in-chain") throw outcome.error;
    return { use: "client-side", reason: `the server rejected it (${outcome.error.message})` };
  }
  if (outcome.users > 0 || directMembers === 0 || strategy === "in-chain") return { use: "in-chain" };
  return {
    use: "client-side",
    reason: `it found nobody although the group has ${directMembers} direct members`,
  };
}
