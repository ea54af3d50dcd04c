import type { EstateTenant } from "../../estate/estate-types.js";
import type { SimEndpointGroup, SimGroupType } from "../groups/endpoint-group-book.js";
import { addEndpointsToGroup, removeEndpointsFromGroup } from "../groups/move-endpoints.js";
import { memberOf, renderEndpointGroup } from "../groups/render-endpoint-group.js";
import { isUuid, listParam } from "../http/query-params.js";
import { readJsonObject } from "../http/read-json.js";
import { badRequest, notFound } from "../http/sim-http-error.js";
import { numberPage, parseNumberPaging, type NumberPagingRules } from "../paging/number-paging.js";
import type { RouteContext, RouteDef, RouteResponse } from "../routing/route-types.js";

// (U) not in shared/reference: Endpoint groups follow the public Endpoint API as we know it
// (`/endpoint/v1/endpoint-groups`, page paging, `{ids}` bodies, `ids=` query on DELETE). The page
// size limits are not documented; we use default 50, maximum 1000.
const RULES: NumberPagingRules = { defaultSize: 50, maxSize: 1000 };
const BASE = "/endpoint/v1/endpoint-groups";
const MAX_IDS = 1000;

function groupOf(context: RouteContext): { tenant: EstateTenant; group: SimEndpointGroup } {
  const tenant = context.tenant!;
  const id = context.params["groupId"] ?? "";
  const group = isUuid(id) ? context.state.endpointGroups.find(tenant, id) : undefined;
  if (group === undefined) throw notFound(`Can't find endpoint group ${id}`);
  return { tenant, group };
}

function membersOf(tenant: EstateTenant, group: SimEndpointGroup, context: RouteContext) {
  return context.state.endpointGroups.groups(tenant).members.get(group.id) ?? [];
}

function readIds(values: unknown, where: string): string[] {
  if (
    !Array.isArray(values) ||
    values.length === 0 ||
    values.length > MAX_IDS ||
    !values.every((id) => typeof id === "string" && isUuid(id))
  ) {
    throw badRequest(`${where} must be a non-empty array of at most ${MAX_IDS} endpoint UUIDs`);
  }
  return values as string[];
}

function createGroup(context: RouteContext): RouteResponse {
  const tenant = context.tenant!;
  const body = readJsonObject(context);
  const name = body["name"];
  if (typeof name !== "string" || name.trim() === "" || name.length > 100)
    throw badRequest("name is required (a non-empty string of at most 100 characters)");
  const type = body["type"];
  if (type !== "computer" && type !== "server") throw badRequest("type must be computer or server");
  const description = body["description"] ?? "";
  if (typeof description !== "string") throw badRequest("description must be a string");
  const ids = body["endpointIds"] === undefined ? [] : readIds(body["endpointIds"], "endpointIds");
  const book = context.state.endpointGroups;
  if (book.findByName(tenant, name.trim(), type as SimGroupType) !== undefined)
    throw badRequest(`A ${type} group named ${name.trim()} already exists`);
  const group = book.create(tenant, { name: name.trim(), description, type }, context.now);
  if (ids.length > 0) {
    addEndpointsToGroup(tenant, group, ids);
    context.state.touch(tenant);
  }
  return { status: 201, body: renderEndpointGroup(group, membersOf(tenant, group, context)) };
}

/** Endpoint groups: list, create, get, and their members (list, add, remove). */
export const ENDPOINT_GROUP_ROUTES: RouteDef[] = [
  {
    method: "GET",
    host: "region",
    path: BASE,
    scope: "tenant",
    handle(context) {
      const { groups, members } = context.state.endpointGroups.groups(context.tenant!);
      const request = parseNumberPaging(context.query, RULES);
      return {
        status: 200,
        body: numberPage(groups, request, RULES, (g) => renderEndpointGroup(g, members.get(g.id) ?? [])),
      };
    },
  },
  { method: "POST", host: "region", path: BASE, scope: "tenant", handle: createGroup },
  {
    method: "GET",
    host: "region",
    path: `${BASE}/{groupId}`,
    scope: "tenant",
    handle(context) {
      const { tenant, group } = groupOf(context);
      return { status: 200, body: renderEndpointGroup(group, membersOf(tenant, group, context)) };
    },
  },
  {
    method: "GET",
    host: "region",
    path: `${BASE}/{groupId}/endpoints`,
    scope: "tenant",
    handle(context) {
      const { tenant, group } = groupOf(context);
      const request = parseNumberPaging(context.query, RULES);
      return { status: 200, body: numberPage(membersOf(tenant, group, context), request, RULES, memberOf) };
    },
  },
  {
    method: "POST",
    host: "region",
    path: `${BASE}/{groupId}/endpoints`,
    scope: "tenant",
    handle(context) {
      const { tenant, group } = groupOf(context);
      const ids = readIds(readJsonObject(context)["ids"], "ids");
      const addedEndpoints = addEndpointsToGroup(tenant, group, ids);
      context.state.endpointGroups.touch(group, context.now);
      context.state.touch(tenant);
      return { status: 201, body: { addedEndpoints } };
    },
  },
  {
    method: "DELETE",
    host: "region",
    path: `${BASE}/{groupId}/endpoints`,
    scope: "tenant",
    handle(context) {
      const { tenant, group } = groupOf(context);
      const ids = readIds(listParam(context.query, "ids"), "ids");
      const removedEndpoints = removeEndpointsFromGroup(tenant, group, ids);
      context.state.endpointGroups.touch(group, context.now);
      context.state.touch(tenant);
      return { status: 200, body: { removedEndpoints } };
    },
  },
];
