import { randomUUID } from "node:crypto";
import type { LocalSite } from "../../../central/types.js";
import { isUuid } from "../http/query-params.js";
import { readJsonObject } from "../http/read-json.js";
import { badRequest, notFound } from "../http/sim-http-error.js";
import { numberPage, parseNumberPaging, type NumberPagingRules } from "../paging/number-paging.js";
import type { RouteContext, RouteDef } from "../routing/route-types.js";

// Local sites: default 50, maximum 100 (the anchor client's own cap; the real maximum is not documented).
const RULES: NumberPagingRules = { defaultSize: 50, maxSize: 100 };
const BASE = "/endpoint/v1/settings/web-control/local-sites";

/** Validate the writable fields of a local site; `partial` for PATCH. */
function readSite(context: RouteContext, partial: boolean): Partial<LocalSite> {
  const body = readJsonObject(context);
  const out: Partial<LocalSite> = {};
  const categoryCount = context.state.estate.webControlCategories.length;
  if (body["url"] !== undefined || !partial) {
    if (typeof body["url"] !== "string" || body["url"].trim() === "")
      throw badRequest("url is required (a non-empty string)");
    out.url = body["url"];
  }
  if (body["categoryId"] !== undefined) {
    const id = body["categoryId"];
    if (typeof id !== "number" || !Number.isInteger(id) || id < 0 || id >= categoryCount) {
      throw badRequest(`categoryId must be a web-control category id (0..${categoryCount - 1})`);
    }
    out.categoryId = id;
  }
  if (body["tags"] !== undefined) {
    const tags = body["tags"];
    if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === "string"))
      throw badRequest("tags must be an array of strings");
    out.tags = tags as string[];
  }
  if (body["comment"] !== undefined) {
    if (typeof body["comment"] !== "string") throw badRequest("comment must be a string");
    out.comment = body["comment"];
  }
  return out;
}

function siteIndex(context: RouteContext): number {
  const id = (context.params["localSiteId"] ?? "").toLowerCase();
  return isUuid(id) ? context.tenant!.localSites.findIndex((site) => site.id === id) : -1;
}

function siteOf(context: RouteContext): LocalSite {
  const index = siteIndex(context);
  if (index < 0) throw notFound(`Can't find local site ${context.params["localSiteId"]}`);
  return context.tenant!.localSites[index]!;
}

/** Web-control local sites (page paging, CRUD) and categories (a bare array; reference §5.9). */
export const WEB_CONTROL_ROUTES: RouteDef[] = [
  {
    method: "GET",
    host: "region",
    path: BASE,
    scope: "tenant",
    handle: (context) => ({
      status: 200,
      body: numberPage(context.tenant!.localSites, parseNumberPaging(context.query, RULES), RULES),
    }),
  },
  {
    method: "POST",
    host: "region",
    path: BASE,
    scope: "tenant",
    handle(context) {
      const site = { id: randomUUID(), ...readSite(context, false) } as LocalSite;
      context.tenant!.localSites.push(site);
      return { status: 201, body: site };
    },
  },
  {
    method: "GET",
    host: "region",
    path: `${BASE}/{localSiteId}`,
    scope: "tenant",
    handle: (context) => ({ status: 200, body: siteOf(context) }),
  },
  {
    method: "PATCH",
    host: "region",
    path: `${BASE}/{localSiteId}`,
    scope: "tenant",
    handle(context) {
      const site = siteOf(context);
      Object.assign(site, readSite(context, true));
      return { status: 200, body: site };
    },
  },
  {
    method: "DELETE",
    host: "region",
    path: `${BASE}/{localSiteId}`,
    scope: "tenant",
    handle(context) {
      // 200 whether or not the site existed (spec text; reference §5.9).
      const index = siteIndex(context);
      if (index >= 0) context.tenant!.localSites.splice(index, 1);
      return { status: 200, body: { deleted: true } };
    },
  },
  {
    method: "GET",
    host: "region",
    path: "/endpoint/v1/settings/web-control/categories",
    scope: "tenant",
    handle: (context) => ({ status: 200, body: context.state.estate.webControlCategories }),
  },
];
