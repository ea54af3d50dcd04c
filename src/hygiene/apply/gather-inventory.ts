import { forEachTenant, type CentralClient } from "../../central/index.js";
import type { Endpoint, Tenant } from "../../central/types.js";

/** Every endpoint of the chosen tenants, with what the planner needs to know about each tenant. */
export interface Inventory {
  endpoints: Endpoint[];
  /** Tenant id → number of endpoints Central reported. */
  estateSizes: Record<string, number>;
  tenantNames: Map<string, string>;
  /** Tenants that could not be read; the plan leaves them out entirely. */
  failures: Array<{ tenant: Tenant; error: Error }>;
}

/**
 * Reads the full view of every endpoint of each tenant (concurrently, within the client's limits).
 * Each endpoint's `tenant.id` is set from the tenant it was read from: decisions key on it.
 * @example const inventory = await gatherInventory(client, tenants);
 */
export async function gatherInventory(
  client: CentralClient,
  tenants: readonly Tenant[],
  onTenantDone?: (tenant: Tenant, count: number) => void,
): Promise<Inventory> {
  const perTenant = new Map<string, Endpoint[]>();
  const report = await forEachTenant([...tenants], async (tenant) => {
    const list: Endpoint[] = [];
    for await (const endpoint of client.forTenant(tenant).endpoints({ view: "full" })) {
      list.push(endpoint.tenant?.id === tenant.id ? endpoint : { ...endpoint, tenant: { id: tenant.id } });
    }
    perTenant.set(tenant.id, list);
    onTenantDone?.(tenant, list.length);
  });
  const endpoints: Endpoint[] = [];
  const estateSizes: Record<string, number> = {};
  const tenantNames = new Map<string, string>();
  for (const tenant of tenants) {
    tenantNames.set(tenant.id, tenant.name);
    const list = perTenant.get(tenant.id);
    if (list === undefined) continue;
    estateSizes[tenant.id] = list.length;
    for (const endpoint of list) endpoints.push(endpoint);
  }
  return { endpoints, estateSizes, tenantNames, failures: report.failures };
}
