import type { TenantClient } from "../../central/tenant-client.js";
import type { HuntApi } from "../templates/build-ioc-template.js";
import type { SavedQuery } from "./catalogue-types.js";
import { closeNames } from "./close-names.js";
import { QUERY_API_BASE } from "./read-query-catalogue.js";

/** A saved query name that a tenant's catalogue does not have. */
export class SavedQueryNotFoundError extends Error {
  /** Names of that catalogue most like the one asked for. */
  readonly closeNames: string[];

  constructor(api: HuntApi, name: string, close: string[], tenantId: string) {
    const hint = close.length > 0 ? `; close names: ${close.map((n) => JSON.stringify(n)).join(", ")}` : "";
    super(
      `no ${api.toUpperCase()} saved query named exactly ${JSON.stringify(name)} in this tenant's catalogue${hint}. ` +
        `List the catalogue with: centralctl hunt queries --api ${api} --tenant ${tenantId}`,
    );
    this.name = "SavedQueryNotFoundError";
    this.closeNames = close;
  }
}

/**
 * Find a saved query by its exact name in one tenant's catalogue (`GET /queries`, 250 a page, as
 * the reference connector does). Throws {@link SavedQueryNotFoundError} listing close names.
 */
export async function findSavedQuery(
  tenant: TenantClient,
  api: HuntApi,
  name: string,
  options: { signal?: AbortSignal } = {},
): Promise<SavedQuery> {
  const names: string[] = [];
  const list = tenant.listByPage<SavedQuery>(`${QUERY_API_BASE[api]}/queries`, 250, {}, options);
  for await (const q of list) {
    if (q.name === name) return q;
    names.push(q.name);
  }
  throw new SavedQueryNotFoundError(api, name, closeNames(name, names), tenant.tenant.id);
}
