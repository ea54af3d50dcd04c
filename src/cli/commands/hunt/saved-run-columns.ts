import { failedTenantCount } from "../../../store/hunt-run-repository.js";
import type { HuntRun } from "../../../store/index.js";
import type { Column } from "../../output/column.js";

/**
 * A saved run as `centralctl hunt history` writes it: the stored run (json/ndjson keep every
 * field, failure messages included) plus the count of distinct tenants that failed.
 */
export type SavedRunRecord = HuntRun & { failedTenants: number };

/** The record of a stored run; a tenant whose LD and XDR runs both failed counts once. */
export function savedRunRecord(run: HuntRun): SavedRunRecord {
  return { ...run, failedTenants: failedTenantCount(run) };
}

/** Columns of the table and CSV output of `hunt history`. */
export const SAVED_RUN_COLUMNS: Column<SavedRunRecord>[] = [
  { header: "id", value: (r) => r.id },
  { header: "name", value: (r) => r.name },
  { header: "finished", value: (r) => r.finishedAt },
  { header: "api", value: (r) => r.api },
  { header: "indicators", value: (r) => r.indicatorCount },
  { header: "tenantsAsked", value: (r) => r.tenantsAsked },
  { header: "failedTenants", value: (r) => r.failedTenants },
  { header: "hits", value: (r) => r.hitCount },
  { header: "interrupted", value: (r) => r.interrupted },
];
