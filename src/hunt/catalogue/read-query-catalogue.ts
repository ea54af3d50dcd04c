import type { TenantClient } from "../../central/tenant-client.js";
import type { HuntApi } from "../templates/build-ioc-template.js";
import type { QueryCatalogue, QueryCategory, SavedQuery } from "./catalogue-types.js";

/** Base path of each query API. */
export const QUERY_API_BASE = { ld: "/live-discover/v1", xdr: "/xdr-query/v1" } as const;

// The reference connector lists with pageSize=250 (reference §7.1, §8.1).
const PAGE_SIZE = 250;

/**
 * Read a tenant's saved-query catalogue of one API: every query (`GET /queries`, page-based) and
 * the categories (`GET /queries/categories`, one unpaged list), both at once.
 */
export async function readQueryCatalogue(
  tenant: TenantClient,
  api: HuntApi,
  options: { signal?: AbortSignal } = {},
): Promise<QueryCatalogue> {
  const base = QUERY_API_BASE[api];
  const readQueries = async (): Promise<SavedQuery[]> => {
    const out: SavedQuery[] = [];
    for await (const q of tenant.listByPage<SavedQuery>(`${base}/queries`, PAGE_SIZE, {}, options))
      out.push(q);
    return out;
  };
  const [queries, categories] = await Promise.all([
    readQueries(),
    tenant.request<{ items?: QueryCategory[] }>("GET", `${base}/queries/categories`, options),
  ]);
  return { api, queries, categories: categories?.items ?? [] };
}
