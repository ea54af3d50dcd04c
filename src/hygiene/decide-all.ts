import type { VipUsers } from "../directory/types.js";
import { decide } from "./decide.js";
import type { CorrelatedDevice } from "./match-types.js";
import { newestSameHost } from "./newest-same-host.js";
import type { Policy } from "./policy-schema.js";
import type { Decision, DecisionInput, JournalView, LiveRecheck, OpenTickets } from "./types.js";

/** What every device of a run shares when decided together. */
export interface DecideAllOptions {
  policy: Policy;
  journal: JournalView;
  openTickets: OpenTickets;
  /** Milliseconds since the epoch. */
  now: number;
  vips?: VipUsers;
  /** Tenant id → display name for sentences and name-based tenant exclusions. */
  tenantNames?: { get(tenantId: string): string | undefined };
  /** Endpoint id → the live re-check made just before deletion. */
  rechecks?: { get(endpointId: string): LiveRecheck | undefined };
}

/**
 * Decides every device of a run. Records of one tenant with the same short hostname and domain are
 * grouped first, so each record knows the most recently seen other record (its possible twin) —
 * a re-imaged machine leaves its old record behind under the same name.
 * @example const decisions = decideAll(correlate(endpoints, index), { policy, journal, openTickets, now });
 */
export function decideAll(devices: readonly CorrelatedDevice[], options: DecideAllOptions): Decision[] {
  const { newest, seen } = newestSameHost(devices, options.now);
  const first = devices[0];
  if (first === undefined) return [];
  const decisions: Decision[] = new Array<Decision>(devices.length);
  // One input object, refilled per device: decide() keeps nothing of it but the twin it copies into evidence.
  const input: DecisionInput = {
    endpoint: first.endpoint,
    match: first.match,
    policy: options.policy,
    journal: options.journal,
    openTickets: options.openTickets,
    now: options.now,
    vips: options.vips,
    tenantName: undefined,
    twin: undefined,
    recheck: undefined,
  };
  for (let i = 0; i < devices.length; i++) {
    const { endpoint, match } = devices[i] as CorrelatedDevice;
    const best = newest[i] as number;
    input.endpoint = endpoint;
    input.match = match;
    input.twin = best < 0 ? undefined : twinOf(devices[best] as CorrelatedDevice, seen[best] as number);
    input.tenantName = options.tenantNames?.get(endpoint.tenant.id);
    input.recheck = options.rechecks?.get(endpoint.id);
    decisions[i] = decide(input);
  }
  return decisions;
}

function twinOf(
  { endpoint }: CorrelatedDevice,
  seenMs: number,
): { endpointId: string; lastSeenAt: string } | undefined {
  if (seenMs === Number.NEGATIVE_INFINITY) return undefined;
  // An online record counts as seen now, whatever its (possibly older) lastSeenAt says.
  const lastSeenAt =
    endpoint.online === true || endpoint.lastSeenAt === undefined
      ? new Date(seenMs).toISOString()
      : endpoint.lastSeenAt;
  return { endpointId: endpoint.id, lastSeenAt };
}
