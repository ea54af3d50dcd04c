/**
 * Who may call what (reference §1.3, §10.2): pure decisions that throw the error the real service
 * would answer with.
 */
import type { DataRegion } from "../../../central/types.js";
import type { EstateTenant, SimCredential } from "../../estate/estate-types.js";
import { isUuid } from "../http/query-params.js";
import { badRequest, forbidden } from "../http/sim-http-error.js";

/** Whether a credential may see a tenant at all (as its partner, organization or itself). */
export function ownsTenant(caller: SimCredential, tenant: EstateTenant): boolean {
  switch (caller.kind) {
    case "partner":
      return tenant.partnerId === caller.id;
    case "organization":
      return tenant.organizationId === caller.id;
    case "tenant":
      return tenant.id === caller.id;
  }
}

/**
 * `/partner/v1/*` needs a partner credential and `X-Partner-ID` naming it; `/organization/v1/*` the
 * same with `X-Organization-ID`. A missing header is a bad request; a wrong one is forbidden.
 */
export function authorizeGlobal(
  kind: "partner" | "organization",
  caller: SimCredential,
  headerValue: string | undefined,
): void {
  const header = kind === "partner" ? "X-Partner-ID" : "X-Organization-ID";
  if (caller.kind !== kind) {
    throw forbidden(`${caller.kind} credentials cannot call the ${kind} API; use whoami to find your idType`);
  }
  if (!headerValue) throw badRequest(`Missing required header ${header}`);
  if (headerValue !== caller.id) throw forbidden(`${header} does not match the caller's ${kind} id`);
}

/**
 * Resolve and authorise the tenant of a tenant-scoped request. Answers, in this order: 400 without
 * (or with a malformed) `X-Tenant-ID`; 403 for a tenant that does not exist or is not the caller's;
 * 403 when the tenant has no API host yet, when Partner Assistance is off (partner and organization
 * callers), or when the request came to another region's host (the simulator's choice; the real
 * service's answer there is not documented).
 */
export function authorizeTenant(
  caller: SimCredential,
  headerValue: string | undefined,
  lookup: (tenantId: string) => EstateTenant | undefined,
  region: DataRegion | undefined,
): EstateTenant {
  if (!headerValue) throw badRequest("Missing required header X-Tenant-ID");
  if (!isUuid(headerValue)) throw badRequest(`X-Tenant-ID '${headerValue}' is not a valid UUID`);
  const tenant = lookup(headerValue.toLowerCase());
  if (!tenant || !ownsTenant(caller, tenant)) {
    throw forbidden(`The caller is not allowed to access tenant ${headerValue}`);
  }
  if (tenant.apiHostAvailable === false) {
    throw forbidden(`Tenant ${tenant.id} has no API host yet`);
  }
  if (tenant.managed === false && caller.kind !== "tenant") {
    throw forbidden(
      `Tenant ${tenant.id} does not allow access by its ${caller.kind} (Partner Assistance is off)`,
    );
  }
  if (region !== tenant.dataRegion) {
    throw forbidden(
      `Tenant ${tenant.id} is not served by this host; use its apiHost (region ${tenant.dataRegion})`,
    );
  }
  return tenant;
}
