import type { EstateFirewall, EstateFirewallGroup } from "../../estate/estate-types.js";
import { stringParam } from "../http/query-params.js";
import { numberPage, parseNumberPaging, type NumberPagingRules } from "../paging/number-paging.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";

// The reference has no paging facts for the Firewall API. Third-party clients page both lists by
// page number ({items, pages:{current,total}}), so we do too (uncertain). Maximum page sizes follow
// the anchor client's own caps: 1000 firewalls, 100 firewall groups. There is no
// GET /firewalls/{id} (a third-party client notes the live API answers 404), so none is served.
const FIREWALL_RULES: NumberPagingRules = { defaultSize: 50, maxSize: 1000 };
const GROUP_RULES: NumberPagingRules = { defaultSize: 50, maxSize: 100 };

function renderFirewall(context: RouteContext, firewall: EstateFirewall): Record<string, unknown> {
  const { id, ...rest } = firewall;
  return { id, tenant: { id: context.tenant!.id }, ...rest };
}

function renderGroup(context: RouteContext, group: EstateFirewallGroup): Record<string, unknown> {
  const members = context
    .tenant!.firewalls.filter((f) => f.group?.id === group.id)
    .map((f) => ({ id: f.id }));
  return {
    ...group,
    tenant: { id: context.tenant!.id },
    firewalls: { total: members.length, itemsCount: members.length, items: members },
  };
}

/** Firewalls and firewall groups of a tenant (page paging). */
export const FIREWALL_ROUTES: RouteDef[] = [
  {
    method: "GET",
    host: "region",
    path: "/firewall/v1/firewalls",
    scope: "tenant",
    handle(context) {
      const groupId = stringParam(context.query, "groupId")?.toLowerCase();
      const search = stringParam(context.query, "search")?.toLowerCase();
      const firewalls = context.tenant!.firewalls.filter(
        (f) =>
          (groupId === undefined || f.group?.id === groupId) &&
          (search === undefined ||
            `${f.name} ${f.hostname} ${f.serialNumber}`.toLowerCase().includes(search)),
      );
      const request = parseNumberPaging(context.query, FIREWALL_RULES);
      return {
        status: 200,
        body: numberPage(firewalls, request, FIREWALL_RULES, (f) => renderFirewall(context, f)),
      };
    },
  },
  {
    method: "GET",
    host: "region",
    path: "/firewall/v1/firewall-groups",
    scope: "tenant",
    handle(context) {
      const request = parseNumberPaging(context.query, GROUP_RULES);
      return {
        status: 200,
        body: numberPage(context.tenant!.firewallGroups, request, GROUP_RULES, (g) =>
          renderGroup(context, g),
        ),
      };
    },
  },
];
