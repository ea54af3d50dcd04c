import type { EstateTenant } from "../../estate/estate-types.js";
import { badRequest } from "../http/sim-http-error.js";
import { indexById } from "../state/sorted-by-id.js";
import { groupTypeOf, type SimEndpointGroup } from "./endpoint-group-book.js";
import { memberOf, type GroupMember } from "./render-endpoint-group.js";

/**
 * Puts endpoints into a group. A device is in at most one group, so joining one leaves the old one
 * (its `group` field changes). Unknown ids are skipped, as a bulk call over a changing estate
 * should be; a server offered to a computer group (or the reverse) is a 400 and nothing moves.
 */
export function addEndpointsToGroup(
  tenant: EstateTenant,
  group: SimEndpointGroup,
  ids: readonly string[],
): GroupMember[] {
  const found = ids
    .map((id) => indexById(tenant.endpoints, id.toLowerCase()))
    .filter((index) => index >= 0)
    .map((index) => tenant.endpoints[index]!);
  const wrongType = found.find((endpoint) => groupTypeOf(endpoint) !== group.type);
  if (wrongType !== undefined) {
    throw badRequest(
      `Endpoint ${wrongType.id} (${wrongType.hostname}) is a ${wrongType.type} and cannot join the ${group.type} group ${group.name}`,
    );
  }
  const added: GroupMember[] = [];
  for (const endpoint of found) {
    // Group objects may be shared between endpoints by the generator: replace, never mutate.
    endpoint.group = { id: group.id, name: group.name };
    added.push(memberOf(endpoint));
  }
  return added;
}

/** Takes endpoints out of a group (they become ungrouped); ids not in the group are skipped. */
export function removeEndpointsFromGroup(
  tenant: EstateTenant,
  group: SimEndpointGroup,
  ids: readonly string[],
): GroupMember[] {
  const removed: GroupMember[] = [];
  for (const id of ids) {
    const index = indexById(tenant.endpoints, id.toLowerCase());
    const endpoint = index < 0 ? undefined : tenant.endpoints[index]!;
    if (endpoint?.group?.id !== group.id) continue;
    delete endpoint.group;
    removed.push(memberOf(endpoint));
  }
  return removed;
}
