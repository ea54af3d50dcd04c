import type { EstateEndpoint, EstateIsolation, Principal, SimCredential } from "../../estate/estate-types.js";
import { isUuid } from "../http/query-params.js";
import { readJsonObject } from "../http/read-json.js";
import { badRequest, conflict, notFound } from "../http/sim-http-error.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";
import { indexById } from "../state/sorted-by-id.js";
import { endpointOf } from "./endpoint-routes.js";

/** The API credential as the principal that changed something. */
function principalOf(caller: SimCredential): Principal {
  return {
    id: caller.clientId,
    type: "service",
    name: "API credential",
    accountType: caller.kind,
    accountId: caller.id,
  };
}

/** IsolationSettings as served (reference §5.8); a never-isolated device is `{enabled: false}`. */
function settings(isolation: EstateIsolation | undefined): Record<string, unknown> {
  if (!isolation) return { enabled: false };
  const { changePendingUntil: _pending, selfIsolated: _self, ...visible } = isolation;
  return visible;
}

function readChange(body: Record<string, unknown>): { enabled: boolean; comment: string | undefined } {
  if (typeof body["enabled"] !== "boolean") throw badRequest("enabled (true or false) is required");
  const comment = body["comment"];
  if (comment !== undefined && typeof comment !== "string") throw badRequest("comment must be a string");
  return { enabled: body["enabled"], comment };
}

function pending(endpoint: EstateEndpoint, now: number): boolean {
  const until = endpoint.isolation?.changePendingUntil;
  return until !== undefined && Date.parse(until) > now;
}

/**
 * Apply an isolation change. The change then stays "in progress" for a while, during which another
 * change answers 409 (spec advice: wait between turning isolation on and off). Asking for the state
 * the device is already in changes nothing.
 */
function isolate(
  context: RouteContext,
  endpoint: EstateEndpoint,
  change: { enabled: boolean; comment: string | undefined },
): void {
  const current = endpoint.isolation;
  if ((current?.enabled ?? false) === change.enabled) return;
  const at = new Date(context.now).toISOString();
  const by = principalOf(context.caller!);
  const next: EstateIsolation = { ...current, enabled: change.enabled };
  delete next.selfIsolated;
  if (change.comment !== undefined) next.comment = change.comment;
  if (change.enabled) Object.assign(next, { lastEnabledAt: at, lastEnabledBy: by });
  else Object.assign(next, { lastDisabledAt: at, lastDisabledBy: by });
  next.changePendingUntil = new Date(context.now + context.state.isolationChangeMs).toISOString();
  endpoint.isolation = next;
}

const IN_PROGRESS = "Isolation or removal from isolation in progress; try again later";

/** Isolation: bulk change (202), per-endpoint read and change (reference §5.8). */
export const ISOLATION_ROUTES: RouteDef[] = [
  {
    method: "POST",
    host: "region",
    path: "/endpoint/v1/endpoints/isolation",
    scope: "tenant",
    handle(context) {
      const tenant = context.tenant!;
      const body = readJsonObject(context);
      const change = readChange(body);
      const ids = body["ids"];
      if (
        !Array.isArray(ids) ||
        ids.length === 0 ||
        ids.length > 1000 ||
        !ids.every((id) => typeof id === "string" && isUuid(id))
      ) {
        throw badRequest("ids must be an array of 1 to 1000 endpoint UUIDs");
      }
      const found = (ids as string[])
        .map((id) => indexById(tenant.endpoints, id.toLowerCase()))
        .filter((index) => index >= 0)
        .map((index) => tenant.endpoints[index]!);
      if (found.length === 0) throw notFound("No endpoints found");
      if (found.some((endpoint) => pending(endpoint, context.now))) throw conflict(IN_PROGRESS);
      for (const endpoint of found) isolate(context, endpoint, change);
      context.state.touch(tenant);
      return {
        status: 202,
        body: { items: found.map((e) => ({ id: e.id, isolation: settings(e.isolation) })) },
      };
    },
  },
  {
    method: "GET",
    host: "region",
    path: "/endpoint/v1/endpoints/{endpointId}/isolation",
    scope: "tenant",
    handle: (context) => ({ status: 200, body: settings(endpointOf(context).endpoint.isolation) }),
  },
  {
    method: "PATCH",
    host: "region",
    path: "/endpoint/v1/endpoints/{endpointId}/isolation",
    scope: "tenant",
    handle(context) {
      const { tenant, endpoint } = endpointOf(context);
      const change = readChange(readJsonObject(context));
      if (pending(endpoint, context.now)) throw conflict(IN_PROGRESS);
      isolate(context, endpoint, change);
      context.state.touch(tenant);
      return { status: 200, body: settings(endpoint.isolation) };
    },
  },
];
