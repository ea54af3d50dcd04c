import { intParam, stringParam } from "../http/query-params.js";
import { badRequest } from "../http/sim-http-error.js";
import type { RouteContext, RouteDef, RouteResponse } from "../routing/route-types.js";
import { decodeSiemCursor, type SiemPosition } from "../siem/siem-cursor.js";
import { siemAlerts, siemEvents, type SiemItem } from "../siem/siem-items.js";
import { siemPage } from "../siem/siem-page.js";

const DAY_MS = 86_400_000;
// A little slack so a client's "now - 24h" computed a moment earlier is not refused.
const FROM_DATE_SLACK_MS = 60_000;

/** Where a request starts: after its cursor, else at `from_date`, else 24 h back (reference §9.1). */
function startOf(context: RouteContext): SiemPosition {
  const oldest = context.now - DAY_MS;
  const cursor = stringParam(context.query, "cursor");
  if (cursor !== undefined) {
    const position = decodeSiemCursor(cursor);
    if (!position) throw badRequest(`Invalid cursor '${cursor}'`);
    // The spec: a cursor older than 24 h falls back to the last 24 h.
    return position.at < oldest ? { at: oldest, id: "" } : position;
  }
  const fromDate = intParam(context.query, "from_date", 0, Number.MAX_SAFE_INTEGER);
  if (fromDate === undefined) return { at: oldest, id: "" };
  const at = fromDate * 1000;
  if (at < oldest - FROM_DATE_SLACK_MS) throw badRequest("from_date must be within the last 24 hours");
  // Items at exactly from_date are included: start just before them.
  return { at: at - 1, id: "\uffff" };
}

function respond(
  context: RouteContext,
  itemsOf: (tenant: NonNullable<RouteContext["tenant"]>) => SiemItem[],
): RouteResponse {
  const limit = intParam(context.query, "limit", 1, 1000) ?? 200;
  const excluded = new Set((stringParam(context.query, "exclude_types") ?? "").split(",").filter(Boolean));
  // from_date_offset_minutes is sent by the official connector; accepted and ignored (reference §9.1).
  intParam(context.query, "from_date_offset_minutes", -100_000, 100_000);
  const items = itemsOf(context.tenant!).filter(
    (item) => item.at <= context.now + 1000 && !excluded.has(String(item.body["type"])),
  );
  return { status: 200, body: siemPage(items, startOf(context), limit) };
}

/** SIEM integration API: events and alerts of the last 24 h, cursor-paged (reference §9). */
export const SIEM_ROUTES: RouteDef[] = [
  {
    method: "GET",
    host: "region",
    path: "/siem/v1/events",
    scope: "tenant",
    handle: (context) => respond(context, siemEvents),
  },
  {
    method: "GET",
    host: "region",
    path: "/siem/v1/alerts",
    scope: "tenant",
    handle: (context) => respond(context, siemAlerts),
  },
];
