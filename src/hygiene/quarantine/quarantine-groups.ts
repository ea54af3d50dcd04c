import type { TenantClient } from "../../central/index.js";
import {
  findOrCreateEndpointGroup,
  listEndpointGroups,
  type EndpointGroupType,
} from "../../central/endpoint-groups.js";
import type { Endpoint } from "../../central/types.js";
import type { QuarantineGroupRef } from "../../store/index.js";

/** The group type a device can join: servers go into server groups, everything else into computer groups. */
export function groupTypeFor(endpoint: Pick<Endpoint, "type">): EndpointGroupType {
  return endpoint.type === "server" ? "server" : "computer";
}

/**
 * The quarantine group of each tenant and group type, looked up once per run. `ensure` creates it
 * when missing (only an applying run may); `peek` only looks, for the dry run.
 */
export class QuarantineGroups {
  readonly #found = new Map<string, Promise<QuarantineGroupRef | undefined>>();

  constructor(private readonly name: string) {}

  /** The group, created in Central if the tenant has none of this name and type yet. */
  async ensure(client: TenantClient, type: EndpointGroupType): Promise<QuarantineGroupRef> {
    const key = `${client.tenant.id}|${type}`;
    const known = await this.#found.get(key)?.catch(() => undefined);
    if (known !== undefined) return known;
    const created = findOrCreateEndpointGroup(client, {
      name: this.name,
      type,
      description: "centralctl hygiene: devices waiting out their grace period before deletion",
    }).then((g) => ({ id: g.id, name: g.name }));
    this.#found.set(key, created);
    return created;
  }

  /** The group if it exists; undefined when an applying run would first create it. */
  peek(client: TenantClient, type: EndpointGroupType): Promise<QuarantineGroupRef | undefined> {
    const key = `${client.tenant.id}|${type}`;
    let found = this.#found.get(key);
    if (found === undefined) {
      found = this.#lookup(client, type);
      this.#found.set(key, found);
    }
    return found;
  }

  async #lookup(client: TenantClient, type: EndpointGroupType): Promise<QuarantineGroupRef | undefined> {
    const wanted = this.name.toLowerCase();
    for await (const group of listEndpointGroups(client))
      if (group.type === type && group.name.toLowerCase() === wanted)
        return { id: group.id, name: group.name };
    return undefined;
  }
}
