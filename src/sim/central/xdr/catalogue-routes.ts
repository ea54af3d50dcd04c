import type { HuntApi } from "../../../hunt/templates/build-ioc-template.js";
import { stringParam } from "../http/query-params.js";
import { notFound } from "../http/sim-http-error.js";
import { numberPage, parseNumberPaging } from "../paging/number-paging.js";
import type { RouteDef } from "../routing/route-types.js";
import { catalogueCategories, catalogueQueries } from "./query-catalogue.js";

const RULES = { defaultSize: 50, maxSize: 250 };

/**
 * `GET /queries/categories(/{id})` and `GET /queries(/{id})` of one query API (reference §7.1,
 * §8.1): the canned queries plus the estate's saved queries for the calling tenant.
 */
export function catalogueRoutes(api: HuntApi, base: string): RouteDef[] {
  return [
    {
      method: "GET",
      host: "region",
      path: `${base}/queries/categories`,
      scope: "tenant",
      handle: (context) => ({ status: 200, body: { items: catalogueCategories(api, context) } }),
    },
    {
      method: "GET",
      host: "region",
      path: `${base}/queries/categories/{categoryId}`,
      scope: "tenant",
      handle(context) {
        const id = context.params["categoryId"]?.toLowerCase();
        const found = catalogueCategories(api, context).find((c) => c.id === id);
        if (!found) throw notFound("Category not found");
        return { status: 200, body: found };
      },
    },
    {
      method: "GET",
      host: "region",
      path: `${base}/queries`,
      scope: "tenant",
      handle(context) {
        const search = stringParam(context.query, "search")?.toLowerCase();
        const categoryId = stringParam(context.query, "categoryId")?.toLowerCase();
        const items = catalogueQueries(api, context).filter(
          (q) =>
            (search === undefined || q.name.toLowerCase().includes(search)) &&
            (categoryId === undefined || q.categories.some((c) => c.id === categoryId)),
        );
        return { status: 200, body: numberPage(items, parseNumberPaging(context.query, RULES), RULES) };
      },
    },
    {
      method: "GET",
      host: "region",
      path: `${base}/queries/{queryId}`,
      scope: "tenant",
      handle(context) {
        const id = context.params["queryId"]?.toLowerCase();
        const found = catalogueQueries(api, context).find((q) => q.id === id);
        if (!found) throw notFound("Query not found");
        return { status: 200, body: found };
      },
    },
  ];
}
