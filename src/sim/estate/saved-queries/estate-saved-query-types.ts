/**
 * Saved (custom) queries of the Live Discover and XDR Data Lake catalogues, as an estate declares
 * them: top-level `savedQueries` are in every tenant's catalogue, `tenants[].savedQueries` in that
 * tenant's only (docs/estate-format.md, *Saved queries*).
 */

/** The query API a saved query belongs to. */
export type SavedQueryApi = "ld" | "xdr";

/** The `dataType` values a query variable may have (reference §7.2). */
export const VARIABLE_DATA_TYPES = ["text", "integer", "double", "boolean", "dateTime"] as const;

/** A declared `$$name$$` variable of a saved query. */
export interface SavedQueryVariable {
  name: string;
  dataType: (typeof VARIABLE_DATA_TYPES)[number];
  pivotType?: string;
}

/** One saved query. */
export interface EstateSavedQuery {
  /** UUID; when a file omits it, one is derived from the API, the name and the tenant. */
  id: string;
  api: SavedQueryApi;
  /** Unique per API within a tenant's catalogue; `hunt run --query NAME` finds it by this. */
  name: string;
  description: string;
  /** SQL with `$$variable$$` placeholders (SQLite dialect in the simulator). */
  template: string;
  variables: SavedQueryVariable[];
  /** Name of the custom category it is listed under. */
  category: string;
}
