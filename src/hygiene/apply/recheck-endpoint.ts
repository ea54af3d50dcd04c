import type { Endpoint } from "../../central/types.js";
import type { Policy } from "../policy-schema.js";
import type { Decision } from "../types.js";

const DAY_MS = 86_400_000;

/** What the live re-check found just before a deletion. */
export type RecheckVerdict =
  | { kind: "still_inactive"; endpoint: Endpoint }
  | { kind: "gone" }
  | { kind: "recently_active"; clause: string }
  | { kind: "changed"; clause: string };

/**
 * Judges an endpoint as Central reports it now (or `undefined` when it no longer exists) against
 * the decision made when planning: only a device still inactive per the policy, under the same
 * host name, may be deleted. Pure; `now` is passed in.
 */
export function recheckEndpoint(
  current: Endpoint | undefined,
  decision: Decision,
  policy: Pick<Policy, "inactiveDays">,
  now: number,
): RecheckVerdict {
  if (current === undefined) return { kind: "gone" };
  if (current.hostname.toUpperCase() !== decision.hostname.toUpperCase()) {
    return {
      kind: "changed",
      clause: `host name is now ${current.hostname}, was ${decision.hostname} when planned`,
    };
  }
  if (current.online === true) {
    return { kind: "recently_active", clause: "live re-check before deletion found it online" };
  }
  const seen = current.lastSeenAt === undefined ? Number.NaN : Date.parse(current.lastSeenAt);
  if (!Number.isNaN(seen) && now - seen < policy.inactiveDays * DAY_MS) {
    const days = Math.floor((now - seen) / DAY_MS);
    return {
      kind: "recently_active",
      clause: `live re-check before deletion found it seen ${days} days ago (policy: ${policy.inactiveDays})`,
    };
  }
  return { kind: "still_inactive", endpoint: current };
}
