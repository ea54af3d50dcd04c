import { directoryDomainOf } from "./directory-domain.js";
import type { CorrelatedDevice } from "./match-types.js";
import { timeOf } from "./time-of.js";

/** Per device: the index of the most recently seen record of the same host in its tenant, and when each was seen. */
export interface SameHostIndex {
  /** Index into the devices of the newest record with the same tenant, short name and domain; -1 when it is itself. */
  newest: Int32Array;
  /** Last-seen time of each device in ms (now when online, -Infinity when unknown). */
  seen: Float64Array;
}

/** The group of one short name: its id while a single domain has the name, else one id per domain. */
type Slot = number | Map<string, number>;

/**
 * Groups the records of each tenant by short hostname and domain (the matched computer's own domain,
 * else the derived one; unknown counts as its own value) and finds the newest of each group. Keyed by
 * the strings the matches already hold, so a million devices build no key strings; a group's id is
 * the index of its first record.
 */
export function newestSameHost(devices: readonly CorrelatedDevice[], now: number): SameHostIndex {
  const n = devices.length;
  const seen = new Float64Array(n);
  const groupOf = new Int32Array(n);
  const bestOf = new Int32Array(n);
  const tenants = new Map<string, Map<string, Slot>>();
  for (let i = 0; i < n; i++) {
    const device = devices[i] as CorrelatedDevice;
    const { endpoint, match } = device;
    seen[i] = endpoint.online === true ? now : (timeOf(endpoint.lastSeenAt) ?? Number.NEGATIVE_INFINITY);
    let byShort = tenants.get(endpoint.tenant.id);
    if (byShort === undefined) tenants.set(endpoint.tenant.id, (byShort = new Map()));
    const slot = byShort.get(match.short);
    let group: number | undefined;
    if (slot === undefined) {
      byShort.set(match.short, i);
    } else if (typeof slot === "number") {
      const domain = domainOf(device);
      const slotDomain = domainOf(devices[slot] as CorrelatedDevice);
      if (slotDomain === domain) group = slot;
      else
        byShort.set(
          match.short,
          new Map([
            [slotDomain, slot],
            [domain, i],
          ]),
        );
    } else {
      const domain = domainOf(device);
      group = slot.get(domain);
      if (group === undefined) slot.set(domain, i);
    }
    if (group === undefined) {
      groupOf[i] = i;
      bestOf[i] = i;
    } else {
      groupOf[i] = group;
      if ((seen[bestOf[group] as number] as number) < (seen[i] as number)) bestOf[group] = i;
    }
  }
  const newest = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const best = bestOf[groupOf[i] as number] as number;
    newest[i] = best === i ? -1 : best;
  }
  return { newest, seen };
}

/** "" stands for an unknown domain: records of unknown domain group by name alone. */
function domainOf({ match }: CorrelatedDevice): string {
  return (match.kind === "matched" ? directoryDomainOf(match.computer) : match.domain) ?? "";
}
