import { randomBytes, randomUUID } from "node:crypto";
import type { TamperProtection } from "../../../central/types.js";
import type { EstateEndpoint } from "../../estate/estate-types.js";
import { readJsonObject } from "../http/read-json.js";
import { badRequest } from "../http/sim-http-error.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";
import { endpointOf } from "./endpoint-routes.js";

const PASSWORD_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

function newPassword(): string {
  return Array.from(randomBytes(16), (byte) => PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length]).join("");
}

function tamperBody(endpoint: EstateEndpoint): TamperProtection {
  return {
    enabled: endpoint.tamperProtectionEnabled,
    password: endpoint.tamperProtectionPassword,
    previousPasswords: endpoint.previousTamperProtectionPasswords ?? [],
  };
}

function optionalBoolean(body: Record<string, unknown>, name: string): boolean | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") throw badRequest(`${name} must be true or false`);
  return value;
}

function changeTamper(context: RouteContext) {
  const { tenant, endpoint } = endpointOf(context);
  const body = readJsonObject(context);
  const enabled = optionalBoolean(body, "enabled");
  const regenerate = optionalBoolean(body, "regeneratePassword");
  if (enabled === true && !endpoint.tamperProtectionSupported) {
    throw badRequest(`Tamper protection is not supported on ${endpoint.hostname}`);
  }
  // Spec note (reference §5.6): it can only be switched on for an endpoint if it is on globally.
  if (enabled === true && !tenant.tamperProtectionEnabled) {
    throw badRequest("Tamper protection is turned off for the tenant; turn it on globally first");
  }
  if (enabled !== undefined) endpoint.tamperProtectionEnabled = enabled;
  if (regenerate) {
    const invalidatedAt = new Date(context.now).toISOString();
    endpoint.previousTamperProtectionPasswords = [
      { password: endpoint.tamperProtectionPassword, invalidatedAt },
      ...(endpoint.previousTamperProtectionPasswords ?? []),
    ];
    endpoint.tamperProtectionPassword = newPassword();
  }
  context.state.touch(tenant);
  return { status: 201, body: tamperBody(endpoint) };
}

function requestAction(context: RouteContext) {
  endpointOf(context);
  readJsonObject(context);
  return {
    status: 201,
    body: { id: randomUUID(), status: "requested", requestedAt: new Date(context.now).toISOString() },
  };
}

/** Tamper protection (per endpoint and the tenant setting), scans and update checks (reference §5.6-5.7). */
export const ENDPOINT_ACTION_ROUTES: RouteDef[] = [
  {
    method: "GET",
    host: "region",
    path: "/endpoint/v1/endpoints/{endpointId}/tamper-protection",
    scope: "tenant",
    handle: (context) => ({ status: 200, body: tamperBody(endpointOf(context).endpoint) }),
  },
  {
    method: "POST",
    host: "region",
    path: "/endpoint/v1/endpoints/{endpointId}/tamper-protection",
    scope: "tenant",
    handle: changeTamper,
  },
  {
    method: "GET",
    host: "region",
    path: "/endpoint/v1/settings/tamper-protection",
    scope: "tenant",
    handle: (context) => ({ status: 200, body: { enabled: context.tenant!.tamperProtectionEnabled } }),
  },
  {
    method: "POST",
    host: "region",
    path: "/endpoint/v1/endpoints/{endpointId}/scans",
    scope: "tenant",
    handle: requestAction,
  },
  {
    method: "POST",
    host: "region",
    path: "/endpoint/v1/endpoints/{endpointId}/update-checks",
    scope: "tenant",
    handle: requestAction,
  },
];
