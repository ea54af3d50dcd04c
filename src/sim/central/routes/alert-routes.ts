import { randomUUID } from "node:crypto";
import type { EstateAlert, EstateTenant } from "../../estate/estate-types.js";
import {
  ALERT_PAGING,
  ALERT_SORT_FIELDS,
  parseAlertQuery,
  parseAlertSearch,
  type AlertQuery,
} from "../alerts/alert-query.js";
import { pickFields } from "../http/pick-fields.js";
import { isUuid } from "../http/query-params.js";
import { readJsonObject } from "../http/read-json.js";
import { badRequest, notFound } from "../http/sim-http-error.js";
import { keyPages } from "../paging/key-paging.js";
import { pageSorted } from "../paging/keyset-page.js";
import { comparator, type SortKey } from "../paging/sort-spec.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";

const DEFAULT_SORT: SortKey<EstateAlert>[] = [
  { field: "raisedAt", desc: false, value: ALERT_SORT_FIELDS["raisedAt"]! },
];

function renderAlert(alert: EstateAlert, tenant: EstateTenant): Record<string, unknown> {
  return { ...alert, tenant: { id: tenant.id, name: tenant.name } };
}

function alertPage(context: RouteContext, query: AlertQuery) {
  const tenant = context.tenant!;
  const sort = query.sort.length > 0 ? query.sort : DEFAULT_SORT;
  // Alerts are stored in (raisedAt, id) order, so the default listing needs no sort.
  const matching = tenant.alerts.filter(query.match);
  if (query.sort.length > 0) matching.sort(comparator(sort));
  const page = pageSorted(matching, sort, query.paging);
  const items = page.items.map((alert) => {
    const rendered = renderAlert(alert, tenant);
    return query.fields ? pickFields(rendered, query.fields) : rendered;
  });
  return { status: 200, body: { items, pages: keyPages(query.paging, ALERT_PAGING, page.next, page.total) } };
}

function alertOf(context: RouteContext): { tenant: EstateTenant; index: number; alert: EstateAlert } {
  const tenant = context.tenant!;
  const id = (context.params["alertId"] ?? "").toLowerCase();
  const index = isUuid(id) ? tenant.alerts.findIndex((alert) => alert.id === id) : -1;
  if (index < 0) throw notFound(`Can't find alert ${context.params["alertId"]}`);
  return { tenant, index, alert: tenant.alerts[index]! };
}

/** Alerts: list and search (key paging), get one, act on one (reference §6). */
export const ALERT_ROUTES: RouteDef[] = [
  {
    method: "GET",
    host: "region",
    path: "/common/v1/alerts",
    scope: "tenant",
    handle: (context) => alertPage(context, parseAlertQuery(context.query, context.now)),
  },
  {
    method: "POST",
    host: "region",
    path: "/common/v1/alerts/search",
    scope: "tenant",
    handle: (context) => alertPage(context, parseAlertSearch(readJsonObject(context), context.now)),
  },
  {
    method: "GET",
    host: "region",
    path: "/common/v1/alerts/{alertId}",
    scope: "tenant",
    handle(context) {
      const { tenant, alert } = alertOf(context);
      return { status: 200, body: renderAlert(alert, tenant) };
    },
  },
  {
    method: "POST",
    host: "region",
    path: "/common/v1/alerts/{alertId}/actions",
    scope: "tenant",
    handle(context) {
      const { tenant, index, alert } = alertOf(context);
      const body = readJsonObject(context);
      const action = body["action"];
      if (typeof action !== "string" || !alert.allowedActions.includes(action)) {
        throw badRequest(
          `action must be one of the alert's allowedActions: ${alert.allowedActions.join(", ")}`,
        );
      }
      // An acted-on alert leaves the list of open alerts, which is what pollers see in Central.
      tenant.alerts.splice(index, 1);
      context.state.touch(tenant);
      const at = new Date(context.now).toISOString();
      return {
        status: 201,
        body: {
          id: randomUUID(),
          alertId: alert.id,
          action,
          status: "requested",
          requestedAt: at,
          startedAt: at,
          completedAt: null,
          result: "",
        },
      };
    },
  },
];
