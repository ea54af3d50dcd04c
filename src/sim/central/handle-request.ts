import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { authorizeGlobal, authorizeTenant } from "./auth/authorize.js";
import { decideFault, type Fault } from "./guards/fault-plan.js";
import { readBody, resetConnection, sendJson } from "./http/reply.js";
import { SimHttpError, centralErrorBody, tokenErrorBody, unauthorized } from "./http/sim-http-error.js";
import { matchRoute, type CompiledRoute } from "./routing/route-table.js";
import type { HostKind, RouteContext, RouteScope } from "./routing/route-types.js";
import { splitHostPath } from "./routing/split-host-path.js";
import type { SimState } from "./sim-state.js";
import type { ScriptedResponse } from "./simulator-types.js";

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const TOKEN_PROBLEMS = {
  missing: "Missing Authorization header; send 'Authorization: Bearer <access_token>'",
  malformed: "Authorization header is not a Bearer token",
  unknown: "Invalid access token",
  expired: "Access token expired; request a new one",
} as const;

/**
 * The request pipeline, in this order: host prefix, region outage (reset), route lookup (404 naming
 * the method and path), latency, scripted answers, authentication and authorisation, rate limit
 * (429 + Retry-After), injected faults, then the handler.
 */
export function createRequestHandler(state: SimState, routes: readonly CompiledRoute[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    let host: HostKind = "global";
    try {
      state.stats.requests += 1;
      const url = new URL(req.url ?? "/", "http://simulator");
      const target = splitHostPath(url.pathname);
      host = target?.kind ?? "global";
      if (target?.region && state.regionsDown.has(target.region)) {
        state.stats.faults += 1;
        return resetConnection(res);
      }
      const rawBody = await readBody(req);
      const method = req.method ?? "GET";
      const match = target ? matchRoute(routes, target.kind, method, target.path) : { kind: "none" as const };
      if (match.kind === "none") {
        state.stats.byRoute["unknown"] = (state.stats.byRoute["unknown"] ?? 0) + 1;
        await delay(state);
        throw new SimHttpError(404, `No such route: ${method} ${url.pathname}`);
      }
      const { route, params } = match;
      state.stats.byRoute[route.key] = (state.stats.byRoute[route.key] ?? 0) + 1;
      await delay(state);
      const scripted = state.scripts.take(route.key, header(req, "x-tenant-id"));
      if (scripted !== undefined && scripted !== "pass")
        return answerScripted(state, res, host, scripted, requestId);

      const now = state.now();
      const context: RouteContext = {
        state,
        method,
        path: target!.path,
        params,
        query: url.searchParams,
        headers: req.headers,
        rawBody,
        region: target!.region,
        caller: undefined,
        tenant: undefined,
        now,
        requestId,
      };
      if (route.scope !== "none") {
        authorize(context, route.scope, req);
        rateLimit(context);
      }
      const decision = decideFault(state.faultRng, state.faultRate, method !== "GET");
      if (decision && !decision.afterApply) return fail(state, res, host, decision.fault, requestId);
      const response = route.handle(context);
      if (decision) return fail(state, res, host, decision.fault, requestId);
      sendJson(res, response.status, response.body, response.headers);
    } catch (error) {
      if (error instanceof SimHttpError) return sendError(state, res, host, error, requestId);
      console.error(`simulator: ${req.method} ${req.url} failed:`, error);
      sendError(state, res, host, new SimHttpError(500, "Internal simulator error"), requestId);
    }
  };
}

function authorize(context: RouteContext, scope: RouteScope, req: IncomingMessage): void {
  const verified = context.state.tokens.verify(header(req, "authorization"), context.now);
  if (typeof verified === "string") throw unauthorized(TOKEN_PROBLEMS[verified]);
  context.caller = verified;
  if (scope === "partner" || scope === "organization") {
    authorizeGlobal(scope, verified, header(req, scope === "partner" ? "x-partner-id" : "x-organization-id"));
  } else if (scope === "tenant") {
    context.tenant = authorizeTenant(
      verified,
      header(req, "x-tenant-id"),
      (id) => context.state.tenant(id),
      context.region,
    );
  }
}

/** One request from the caller's budget for this tenant (or the global API); 429 when it is spent. */
function rateLimit(context: RouteContext): void {
  const key = `${context.caller!.clientId}|${context.tenant?.id ?? "global"}`;
  const wait = context.state.rateLimiter.take(key, context.now);
  if (wait === 0) return;
  context.state.stats.rateLimited += 1;
  throw new SimHttpError(429, "Too many requests; see Retry-After", {
    headers: { "Retry-After": String(wait) },
  });
}

async function delay(state: SimState): Promise<void> {
  if (state.latencyMs > 0) await sleep(state.latencyMs);
}

function fail(state: SimState, res: ServerResponse, host: HostKind, fault: Fault, requestId: string): void {
  state.stats.faults += 1;
  if (fault.kind === "reset") return resetConnection(res);
  sendError(
    state,
    res,
    host,
    new SimHttpError(fault.status, "Injected fault: the service failed to answer"),
    requestId,
  );
}

function answerScripted(
  state: SimState,
  res: ServerResponse,
  host: HostKind,
  scripted: Exclude<ScriptedResponse, "pass">,
  requestId: string,
): void {
  if (scripted === "reset") return resetConnection(res);
  if (scripted.body === undefined && scripted.status >= 400) {
    const headers =
      scripted.status === 429 ? { "Retry-After": "1", ...scripted.headers } : { ...scripted.headers };
    if (scripted.status === 429) state.stats.rateLimited += 1;
    return sendError(
      state,
      res,
      host,
      new SimHttpError(scripted.status, "Scripted error", { headers }),
      requestId,
    );
  }
  sendJson(res, scripted.status, scripted.body, scripted.headers);
}

function sendError(
  state: SimState,
  res: ServerResponse,
  host: HostKind,
  error: SimHttpError,
  requestId: string,
): void {
  if (res.headersSent) return resetConnection(res);
  const body =
    host === "id"
      ? tokenErrorBody(error.errorCode ?? defaultTokenErrorCode(error.status), error.message, requestId)
      : centralErrorBody(error.status, error.message, requestId, randomUUID(), state.now());
  sendJson(res, error.status, body, error.headers);
}

function defaultTokenErrorCode(status: number): string {
  if (status === 401) return "oauth.invalid_client_secret";
  if (status === 429) return "too_many_requests";
  return status >= 500 ? "server_error" : "oauth.invalid_request";
}
