import type { EstateAdmin } from "../../estate/estate-types.js";
import { pickFields } from "../http/pick-fields.js";
import { listParam, stringParam } from "../http/query-params.js";
import { notFound } from "../http/sim-http-error.js";
import { numberPage, parseNumberPaging, type NumberPagingRules } from "../paging/number-paging.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";

// Admins: page-number paging (`page`, `pageSize`, `pageTotal` in the Common API spec's "List all
// admins"); default 50, maximum 100 (not documented; the anchor client caps itself at 100).
const RULES: NumberPagingRules = { defaultSize: 50, maxSize: 100 };

function renderAdmin(context: RouteContext, admin: EstateAdmin): Record<string, unknown> {
  const { id, ...rest } = admin;
  return { id, tenant: { id: context.tenant!.id }, ...rest };
}

function listAdmins(context: RouteContext) {
  const roleId = stringParam(context.query, "roleId")?.toLowerCase();
  const search = stringParam(context.query, "search")?.toLowerCase();
  const admins = context.tenant!.admins.filter(
    (admin) =>
      (roleId === undefined || admin.roleAssignments.some((r) => r.roleId === roleId)) &&
      (search === undefined || `${admin.profile.name} ${admin.profile.email}`.toLowerCase().includes(search)),
  );
  const fields = listParam(context.query, "fields");
  const page = numberPage(admins, parseNumberPaging(context.query, RULES), RULES, (admin) => {
    const rendered = renderAdmin(context, admin);
    return fields ? pickFields(rendered, fields) : rendered;
  });
  return { status: 200, body: page };
}

/** Tenant admins (page paging) and roles (`{items}` without paging, as in the spec). */
export const ADMIN_ROLE_ROUTES: RouteDef[] = [
  { method: "GET", host: "region", path: "/common/v1/admins", scope: "tenant", handle: listAdmins },
  {
    method: "GET",
    host: "region",
    path: "/common/v1/admins/{adminId}",
    scope: "tenant",
    handle(context) {
      const admin = context.tenant!.admins.find((a) => a.id === context.params["adminId"]?.toLowerCase());
      if (!admin) throw notFound(`Can't find admin ${context.params["adminId"]}`);
      return { status: 200, body: renderAdmin(context, admin) };
    },
  },
  {
    method: "GET",
    host: "region",
    path: "/common/v1/roles",
    scope: "tenant",
    handle(context) {
      const type = stringParam(context.query, "type");
      const principalType = stringParam(context.query, "principalType");
      const items = context.tenant!.roles.filter(
        (role) =>
          (type === undefined || role["type"] === type) &&
          (principalType === undefined || role["principalType"] === principalType),
      );
      return { status: 200, body: { items } };
    },
  },
  {
    method: "GET",
    host: "region",
    path: "/common/v1/roles/{roleId}",
    scope: "tenant",
    handle(context) {
      const role = context.tenant!.roles.find((r) => r.id === context.params["roleId"]?.toLowerCase());
      if (!role) throw notFound(`Can't find role ${context.params["roleId"]}`);
      return { status: 200, body: role };
    },
  },
];
