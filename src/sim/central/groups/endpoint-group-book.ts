import { randomUUID } from "node:crypto";
import type { EstateEndpoint, EstateTenant } from "../../estate/estate-types.js";

/** (U) not in shared/reference: the group types of the public Endpoint API's endpoint-groups. */
export type SimGroupType = "computer" | "server";

/** What the simulator keeps about an endpoint group; members live on the endpoints' `group` field. */
export interface SimEndpointGroup {
  id: string;
  name: string;
  description: string;
  type: SimGroupType;
  createdAt: string;
  updatedAt: string;
}

/** The group type an endpoint may join: servers go into server groups, everything else into computer groups. */
export function groupTypeOf(endpoint: Pick<EstateEndpoint, "type">): SimGroupType {
  return endpoint.type === "server" ? "server" : "computer";
}

/**
 * The endpoint groups of every tenant. The estate only knows groups through its endpoints' `group`
 * field, so each listing first adopts any group an endpoint names that the book has not seen
 * (seeding on first use, and after an estate edit); groups created through the API are kept here.
 * Membership is never stored twice: it is always read from the endpoints.
 */
export class EndpointGroupBook {
  private readonly byTenant = new Map<string, Map<string, SimEndpointGroup>>();

  constructor(private readonly seededAt: string) {}

  /** Every group of a tenant, in creation order, with its members' ids by group id. */
  groups(tenant: EstateTenant): { groups: SimEndpointGroup[]; members: Map<string, EstateEndpoint[]> } {
    const book = this.bookOf(tenant);
    const members = new Map<string, EstateEndpoint[]>();
    for (const endpoint of tenant.endpoints) {
      if (endpoint.group === undefined) continue;
      const id = endpoint.group.id;
      if (!book.has(id)) {
        book.set(id, {
          id,
          name: endpoint.group.name,
          description: "",
          type: groupTypeOf(endpoint),
          createdAt: this.seededAt,
          updatedAt: this.seededAt,
        });
      }
      const list = members.get(id);
      if (list === undefined) members.set(id, [endpoint]);
      else list.push(endpoint);
    }
    return { groups: [...book.values()], members };
  }

  /** One group by id (case-insensitive), or undefined. */
  find(tenant: EstateTenant, id: string): SimEndpointGroup | undefined {
    this.groups(tenant);
    return this.bookOf(tenant).get(id.toLowerCase());
  }

  /** A group of this name and type (case-insensitive name), or undefined. */
  findByName(tenant: EstateTenant, name: string, type: SimGroupType): SimEndpointGroup | undefined {
    const wanted = name.toLowerCase();
    return this.groups(tenant).groups.find((g) => g.type === type && g.name.toLowerCase() === wanted);
  }

  /** Adds a new, empty group. */
  create(
    tenant: EstateTenant,
    input: { name: string; description: string; type: SimGroupType },
    now: number,
  ): SimEndpointGroup {
    const at = new Date(now).toISOString();
    const group: SimEndpointGroup = { id: randomUUID(), ...input, createdAt: at, updatedAt: at };
    this.bookOf(tenant).set(group.id, group);
    return group;
  }

  /** Notes that a group's membership changed. */
  touch(group: SimEndpointGroup, now: number): void {
    group.updatedAt = new Date(now).toISOString();
  }

  private bookOf(tenant: EstateTenant): Map<string, SimEndpointGroup> {
    let book = this.byTenant.get(tenant.id);
    if (book === undefined) {
      book = new Map();
      this.byTenant.set(tenant.id, book);
    }
    return book;
  }
}
