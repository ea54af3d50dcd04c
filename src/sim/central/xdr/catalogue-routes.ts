import type { HuntApi } from "../../../hunt/templates/build-ioc-template.js";
import { stringParam } from "../http/query-params.js";
import { notFound } from "../http/sim-http-error.js";
import { numberPage, parseNumberPaging } from "../paging/number-paging.js";
import type { RouteDef } from "../routing/route-types.js";
import { catalogueCategory, catalogueQueries } from "./query-catalogue.js";

const RULES = { defaultSize: 50, maxSize: 250 };

/** `GET /queries/categories(/{id})` and `GET /queries(/{id})` of one query API (reference §7.1, §8.1). */
export function catalogueRoutes(api: HuntApi, base: string): RouteDef[] {
  const category = (): Record<string, unknown> => ({
    ...catalogueCategory(api),
    queryCount: catalogueQueries(api).length,
  });
  return [
    {
      method: "GET",
      host: "region",
      path: `${base}/queries/categories`,
      scope: "tenant",
      handle: () => ({ status: 200, body: { items: [category()] } }),
    },
    {
      method: "GET",
      host: "region",
      path: `${base}/queries/categories/{categoryId}`,
      scope: "tenant",
      handle(context) {
        if (context.params["categoryId"]?.toLowerCase() !== catalogueCategory(api).id)
          throw notFound("Category not found");
        return { status: 200, body: category() };
      },
    },
    {
      method: "GET",
      host: "region",
      path: `${base}/queries`,
      scope: "tenant",
      handle(context) {
        const search = stringParam(context.query, "search")?.toLowerCase();
        const categoryId = stringParam(context.query, "categoryId");
        const items = catalogueQueries(api).filter(
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
        const found = catalogueQueries(api).find((q) => q.id === context.params["queryId"]?.toLowerCase());
        if (!found) throw notFound("Query not found");
        return { status: 200, body: found };
      },
    },
  ];
}
