import type { EstateEndpoint } from "../../estate/estate-types.js";
import type { SimEndpointGroup } from "./endpoint-group-book.js";

/** A group member as the groups API shows it. */
export interface GroupMember {
  id: string;
  hostname: string;
}

/** `{id, hostname}` of an endpoint. */
export function memberOf(endpoint: EstateEndpoint): GroupMember {
  return { id: endpoint.id, hostname: endpoint.hostname };
}

/**
 * The wire shape of an endpoint group. (U) not in shared/reference: follows the public Endpoint
 * API, where a group lists its members under `endpoints: {itemsCount, items}`. Whether Central
 * truncates `items` for very large groups is not known; the simulator lists them all.
 */
export function renderEndpointGroup(
  group: SimEndpointGroup,
  members: readonly EstateEndpoint[],
): Record<string, unknown> {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    type: group.type,
    endpoints: { itemsCount: members.length, items: members.map(memberOf) },
    createdAt: group.createdAt,
    updatedAt: group.updatedAt,
  };
}
