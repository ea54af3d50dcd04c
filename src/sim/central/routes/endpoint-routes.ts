import type { EndpointView } from "../../../central/types.js";
import type { EstateEndpoint, EstateTenant } from "../../estate/estate-types.js";
import { compileEndpointFilter } from "../endpoints/endpoint-filter.js";
import { parseEndpointQuery } from "../endpoints/endpoint-query.js";
import { renderEndpoints } from "../endpoints/render-endpoint.js";
import { enumParam, isUuid, listParam } from "../http/query-params.js";
import { badRequest, notFound } from "../http/sim-http-error.js";
import { readJsonObject } from "../http/read-json.js";
import { keyPages, parseKeyPaging, type KeyPagingRules } from "../paging/key-paging.js";
import { pageById, pageSorted } from "../paging/keyset-page.js";
import { comparator } from "../paging/sort-spec.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";
import { indexById } from "../state/sorted-by-id.js";
import { viewKey } from "../state/view-cache.js";

// Endpoints: default page size 50 (the spec examples' value), maximum 500 (the anchor client's
// `max_inv_page`; reference §11.3). A larger pageSize answers 400 rather than being clamped.
const RULES: KeyPagingRules = { defaultSize: 50, maxSize: 500 };
const PAGING_PARAMS = ["pageFromKey", "pageSize", "pageTotal", "view", "fields"];

/** The endpoint a route's `{endpointId}` names, or 404 "Can't find endpoint". */
export function endpointOf(context: RouteContext): {
  tenant: EstateTenant;
  index: number;
  endpoint: EstateEndpoint;
} {
  const tenant = context.tenant!;
  const id = context.params["endpointId"] ?? "";
  const index = isUuid(id) ? indexById(tenant.endpoints, id.toLowerCase()) : -1;
  if (index < 0) throw notFound(`Can't find endpoint ${id}`);
  return { tenant, index, endpoint: tenant.endpoints[index]! };
}

function listEndpoints(context: RouteContext) {
  const tenant = context.tenant!;
  const state = context.state;
  const request = parseKeyPaging(context.query, RULES);
  const query = parseEndpointQuery(context.query, context.now);
  const matches = compileEndpointFilter(query.filter, context.now);
  const byId =
    query.sort.length === 0 ||
    (query.sort.length === 1 && query.sort[0]!.field === "id" && !query.sort[0]!.desc);
  const page = byId
    ? pageById(tenant.endpoints, matches, request, Object.keys(query.filter).length === 0)
    : pageSorted(
        // The view depends on the clock through `online` and relative times: a key per second.
        state.endpointViews.get(
          viewKey(`${tenant.id}|${Math.floor(context.now / 1000)}`, context.query, PAGING_PARAMS),
          state.version(tenant),
          () => tenant.endpoints.filter(matches).sort(comparator(query.sort)),
        ),
        query.sort,
        request,
      );
  const items = renderEndpoints(page.items, {
    tenantId: tenant.id,
    view: query.view,
    fields: query.fields,
    now: context.now,
  });
  return { status: 200, body: { items, pages: keyPages(request, RULES, page.next, page.total) } };
}

/** Delete endpoints by index from a tenant (keeps id order). */
function removeEndpoint(context: RouteContext, tenant: EstateTenant, index: number): void {
  tenant.endpoints.splice(index, 1);
  context.state.touch(tenant);
}

/** Endpoint inventory: list (key paging), get, delete and bulk delete (reference §5.1-5.5). */
export const ENDPOINT_ROUTES: RouteDef[] = [
  { method: "GET", host: "region", path: "/endpoint/v1/endpoints", scope: "tenant", handle: listEndpoints },
  {
    method: "GET",
    host: "region",
    path: "/endpoint/v1/endpoints/{endpointId}",
    scope: "tenant",
    handle(context) {
      const { tenant, endpoint } = endpointOf(context);
      // A single endpoint comes in the full view unless asked otherwise (the spec example is full).
      const view: EndpointView =
        enumParam(context.query, "view", ["basic", "summary", "full"] as const) ?? "full";
      const [item] = renderEndpoints([endpoint], {
        tenantId: tenant.id,
        view,
        fields: listParam(context.query, "fields"),
        now: context.now,
      });
      return { status: 200, body: item };
    },
  },
  {
    method: "DELETE",
    host: "region",
    path: "/endpoint/v1/endpoints/{endpointId}",
    scope: "tenant",
    handle(context) {
      const { tenant, index } = endpointOf(context);
      removeEndpoint(context, tenant, index);
      return { status: 200, body: { deleted: true } };
    },
  },
  {
    method: "POST",
    host: "region",
    path: "/endpoint/v1/endpoints/delete",
    scope: "tenant",
    handle(context) {
      const tenant = context.tenant!;
      const body = readJsonObject(context);
      const ids = body["endpointIds"];
      if (
        !Array.isArray(ids) ||
        ids.length === 0 ||
        !ids.every((id) => typeof id === "string" && isUuid(id))
      ) {
        throw badRequest("endpointIds must be a non-empty array of endpoint UUIDs");
      }
      const deleted: string[] = [];
      for (const id of ids as string[]) {
        const index = indexById(tenant.endpoints, id.toLowerCase());
        if (index < 0) continue;
        deleted.push(tenant.endpoints[index]!.id);
        removeEndpoint(context, tenant, index);
      }
      return { status: 200, body: { endpointIds: deleted } };
    },
  },
];
