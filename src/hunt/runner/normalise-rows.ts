import type { Tenant } from "../../central/types.js";
import type { IndicatorType } from "../indicator.js";
import type { HuntApi } from "../templates/build-ioc-template.js";
import type { HuntHit } from "./hunt-types.js";
import { sentKey, type QueryBatch } from "./plan-query-batches.js";

const text = (value: unknown): string => (value === undefined || value === null ? "" : String(value));

/**
 * Result rows of the built-in IOC templates as hits (one per row, not merged yet). Live Discover
 * rows carry `endpointId`/`hostname` (added by the API); Data Lake rows `endpoint_id`/`hostname`
 * from the template (`meta_eid`/`meta_hostname` for hand-written ones). Pure.
 */
export function normaliseRows(
  tenant: Pick<Tenant, "id" | "name">,
  api: HuntApi,
  batch: QueryBatch,
  rows: ReadonlyArray<Record<string, unknown>>,
): HuntHit[] {
  return rows.map((row) => {
    const type = text(row["indicator_type"]);
    const sentValue = text(row["indicator"]);
    const source = batch.sent.get(sentKey(type, sentValue));
    const hit: HuntHit = {
      tenantId: tenant.id,
      tenantName: tenant.name,
      endpointId: text(row["endpointId"] ?? row["endpoint_id"] ?? row["meta_eid"]),
      hostname: text(row["hostname"] ?? row["meta_hostname"]),
      indicatorType: (source?.type ?? type) as IndicatorType,
      indicator: source?.value ?? sentValue,
      matchedColumn: text(row["matched_column"]),
      where: text(row["matched_value"]),
      when: text(row["event_time"]),
      api,
      count: 1,
    };
    if (source) hit.source = source;
    return hit;
  });
}
