/**
 * Endpoint groups of one tenant (`/endpoint/v1/endpoint-groups`). (U) not in shared/reference: the
 * routes and shapes follow the public Endpoint API as we know it. A computer is in at most one
 * group, so adding it to a group moves it there.
 */
import { z } from "zod";
import { CentralError } from "./errors.js";
import { pathSegment } from "./join-url.js";
import type { TenantClient } from "./tenant-client.js";

const BASE = "/endpoint/v1/endpoint-groups";
const PAGE_SIZE = 100;
/** Ids per add/remove call; the limit Central applies is not documented, so stay small. */
const IDS_PER_CALL = 100;

const memberSchema = z.looseObject({ id: z.string(), hostname: z.string() });
const groupSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  type: z.string(),
  endpoints: z
    .looseObject({ itemsCount: z.number().optional(), items: z.array(memberSchema).optional() })
    .optional(),
});

/** An endpoint group as Central lists it. */
export type EndpointGroup = z.output<typeof groupSchema>;
/** A member of a group: `{id, hostname}`. */
export type GroupMember = z.output<typeof memberSchema>;
/** The two group types: servers go into server groups, every other device into computer groups. */
export type EndpointGroupType = "computer" | "server";

function parse<T>(schema: z.ZodType<T>, body: unknown, client: TenantClient, route: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new CentralError(
    `Unexpected answer from ${route} for tenant ${client.tenant.name} (${client.tenant.id}): ${result.error.issues[0]?.message ?? "invalid"}. ` +
      "A proxy may be answering instead of Sophos Central, or the API changed; report this with the route.",
    { route, tenantId: client.tenant.id, tenantName: client.tenant.name },
  );
}

/** Every endpoint group of the tenant, streamed (each validated). */
export async function* listEndpointGroups(client: TenantClient): AsyncGenerator<EndpointGroup> {
  for await (const item of client.listByPage<unknown>(BASE, PAGE_SIZE))
    yield parse(groupSchema, item, client, `GET ${BASE}`);
}

/** One group; `NotFoundError` when it does not exist. */
export async function getEndpointGroup(client: TenantClient, groupId: string): Promise<EndpointGroup> {
  const path = `${BASE}/${pathSegment(groupId)}`;
  return parse(groupSchema, await client.request("GET", path), client, `GET ${path}`);
}

/**
 * The group of this name (case-insensitive) and type, created (empty) when the tenant has none.
 * Creation is not retried blindly: a lost answer could otherwise create the group twice.
 */
export async function findOrCreateEndpointGroup(
  client: TenantClient,
  wanted: { name: string; type: EndpointGroupType; description?: string },
): Promise<EndpointGroup> {
  const name = wanted.name.toLowerCase();
  for await (const group of listEndpointGroups(client))
    if (group.type === wanted.type && group.name.toLowerCase() === name) return group;
  const body = { name: wanted.name, type: wanted.type, description: wanted.description ?? "" };
  return parse(groupSchema, await client.request("POST", BASE, { body }), client, `POST ${BASE}`);
}

/** Moves endpoints into a group (out of any other); returns those Central reports added. */
export async function addEndpointsToGroup(
  client: TenantClient,
  groupId: string,
  endpointIds: readonly string[],
): Promise<GroupMember[]> {
  const path = `${BASE}/${pathSegment(groupId)}/endpoints`;
  const answerSchema = z.looseObject({ addedEndpoints: z.array(memberSchema).default([]) });
  const added: GroupMember[] = [];
  for (const ids of chunks(endpointIds)) {
    // Adding a member twice leaves it where it is, so a lost answer may be retried.
    const body = await client.request("POST", path, { body: { ids }, idempotent: true });
    added.push(...parse(answerSchema, body ?? {}, client, `POST ${path}`).addedEndpoints);
  }
  return added;
}

/** Takes endpoints out of a group (they become ungrouped); returns those Central reports removed. */
export async function removeEndpointsFromGroup(
  client: TenantClient,
  groupId: string,
  endpointIds: readonly string[],
): Promise<GroupMember[]> {
  const path = `${BASE}/${pathSegment(groupId)}/endpoints`;
  const answerSchema = z.looseObject({ removedEndpoints: z.array(memberSchema).default([]) });
  const removed: GroupMember[] = [];
  for (const ids of chunks(endpointIds)) {
    const body = await client.request("DELETE", path, { query: { ids }, idempotent: true });
    removed.push(...parse(answerSchema, body ?? {}, client, `DELETE ${path}`).removedEndpoints);
  }
  return removed;
}

/** The members of one group, streamed. */
export async function* listGroupEndpoints(
  client: TenantClient,
  groupId: string,
): AsyncGenerator<GroupMember> {
  const path = `${BASE}/${pathSegment(groupId)}/endpoints`;
  for await (const item of client.listByPage<unknown>(path, PAGE_SIZE))
    yield parse(memberSchema, item, client, `GET ${path}`);
}

/**
 * The groups an endpoint is a member of, from the groups API (not the endpoint record), so a
 * snapshot shows what Central's groups said. A group whose listing is cut short is read in full.
 */
export async function groupsOfEndpoint(
  client: TenantClient,
  endpointId: string,
): Promise<Array<{ id: string; name: string; type: string }>> {
  const found: Array<{ id: string; name: string; type: string }> = [];
  for await (const group of listEndpointGroups(client)) {
    const items = group.endpoints?.items ?? [];
    let member = items.some((m) => m.id === endpointId);
    if (!member && (group.endpoints?.itemsCount ?? 0) > items.length) {
      for await (const m of listGroupEndpoints(client, group.id)) {
        if (m.id !== endpointId) continue;
        member = true;
        break;
      }
    }
    if (member) found.push({ id: group.id, name: group.name, type: group.type });
  }
  return found;
}

function chunks(ids: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_CALL) out.push(ids.slice(i, i + IDS_PER_CALL));
  return out;
}
