import type { Tenant } from "../../../central/types.js";
import type { EstateTenant } from "../../estate/estate-types.js";
import { ownsTenant } from "../auth/authorize.js";
import { pickFields } from "../http/pick-fields.js";
import { listParam } from "../http/query-params.js";
import { notFound } from "../http/sim-http-error.js";
import { numberPage, parseNumberPaging, type NumberPagingRules } from "../paging/number-paging.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";
import type { SimState } from "../sim-state.js";

// Tenants list: page size default 50 and maximum 100 (the spec example shows maxSize 100; reference §4.1).
const RULES: NumberPagingRules = { defaultSize: 50, maxSize: 100 };

/** The wire shape of a tenant; `apiHost` is left out for tenants without one. */
function renderTenant(state: SimState, tenant: EstateTenant): Tenant {
  const out: Tenant = { id: tenant.id, showAs: tenant.showAs ?? tenant.name, name: tenant.name };
  out.dataGeography = tenant.dataGeography;
  out.dataRegion = tenant.dataRegion;
  out.billingType = tenant.billingType;
  if (tenant.partnerId) out.partner = { id: tenant.partnerId };
  if (tenant.organizationId) out.organization = { id: tenant.organizationId };
  if (tenant.apiHostAvailable !== false) out.apiHost = state.regionUrl(tenant.dataRegion);
  out.status = tenant.status ?? "active";
  return out;
}

function visibleTenants(context: RouteContext): EstateTenant[] {
  return context.state.estate.tenants.filter((tenant) => ownsTenant(context.caller!, tenant));
}

function tenantRoutes(kind: "partner" | "organization"): RouteDef[] {
  return [
    {
      method: "GET",
      host: "global",
      path: `/${kind}/v1/tenants`,
      scope: kind,
      handle(context) {
        const request = parseNumberPaging(context.query, RULES);
        const fields = listParam(context.query, "fields");
        const page = numberPage(visibleTenants(context), request, RULES, (t) => {
          const tenant = renderTenant(context.state, t);
          return fields ? pickFields(tenant, fields) : tenant;
        });
        return { status: 200, body: page };
      },
    },
    {
      method: "GET",
      host: "global",
      path: `/${kind}/v1/tenants/{tenantId}`,
      scope: kind,
      handle(context) {
        const tenant = context.state.tenant(context.params["tenantId"]!);
        if (!tenant || !ownsTenant(context.caller!, tenant)) {
          throw notFound(`Tenant ${context.params["tenantId"]} not found`);
        }
        return { status: 200, body: renderTenant(context.state, tenant) };
      },
    },
  ];
}

/** `/partner/v1/tenants[/{id}]` and `/organization/v1/tenants[/{id}]` (page-number paging). */
export const TENANT_ROUTES: RouteDef[] = [...tenantRoutes("partner"), ...tenantRoutes("organization")];
