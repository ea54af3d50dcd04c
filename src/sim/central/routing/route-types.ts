import type { IncomingHttpHeaders } from "node:http";
import type { DataRegion } from "../../../central/types.js";
import type { EstateTenant, SimCredential } from "../../estate/estate-types.js";
import type { SimState } from "../sim-state.js";

/** Which Sophos host a route lives on: id.sophos.com, api.central.sophos.com, or api-{region}. */
export type HostKind = "id" | "global" | "region";

/**
 * What a route requires before its handler runs: nothing (token), a valid bearer token (whoami),
 * a partner / organization credential with its ID header, or a tenant the caller may reach
 * (`X-Tenant-ID`, ownership, region, Partner Assistance).
 */
export type RouteScope = "none" | "bearer" | "partner" | "organization" | "tenant";

/** Everything a handler may read about the request. */
export interface RouteContext {
  state: SimState;
  method: string;
  /** The API path without the simulator's host prefix, e.g. `/endpoint/v1/endpoints`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
  region: DataRegion | undefined;
  /** The authenticated credential (undefined only on scope "none"). */
  caller: SimCredential | undefined;
  /** The tenant of a tenant-scoped route, already authorised. */
  tenant: EstateTenant | undefined;
  /** Simulator clock (ms). */
  now: number;
  requestId: string;
}

/** A handler's answer. `body` is serialised as JSON (undefined: no body). */
export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One row of the route table. */
export interface RouteDef {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  host: HostKind;
  /** Path pattern with `{param}` segments, e.g. `/endpoint/v1/endpoints/{endpointId}`. */
  path: string;
  scope: RouteScope;
  handle(context: RouteContext): RouteResponse;
}
