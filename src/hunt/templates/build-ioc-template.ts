import { buildLdIocTemplate, type LdWindow } from "./build-ld-ioc-template.js";
import { buildXdrIocTemplate } from "./build-xdr-ioc-template.js";
import type { IndicatorType } from "../indicator.js";

/** The two query APIs: Live Discover (online endpoints, osquery) and the XDR Data Lake. */
export type HuntApi = "ld" | "xdr";

/** How a template compares: `=` for exact indicators, `LIKE … ESCAPE '\'` for wildcard ones. */
export type TemplateMatch = "exact" | "wildcard";

/**
 * Name of the IOC JSON variable, per API: the names of the reference connector's IOC hunting
 * queries (sophos/sophos-central-api-connector `queries/live_discover_queries/ld_ioc_hunter.sql`,
 * `queries/xdr_queries/xdr_ioc_hunter.sql`).
 */
export const IOC_VARIABLE: Readonly<Record<HuntApi, string>> = { ld: "IOC JSON", xdr: "IOC_JSON" };

/** Options of a template. */
export interface IocTemplateOptions {
  /** Replaces Live Discover's default window (the last 7 days). */
  ldWindow?: LdWindow;
  /**
   * Only compare these indicator types (default: all). A batch's template names only the columns
   * its indicators need, so a column a real tenant lacks (U: e.g. `md5` in `xdr_data`) fails only
   * the hunts that need it, and Live Discover reads only the journals that can match.
   */
  types?: readonly IndicatorType[];
}

/**
 * The IOC hunting query of one API and match mode, written for the real tables: Live Discover's
 * Sophos journals in osquery's SQLite, the Data Lake's `xdr_data` in Presto SQL. The IOC list
 * arrives as one JSON variable (`{"ioc_data":[{"indicator_type","data"}]}`) embedded in a SQL string
 * literal, so its value must have `'` doubled. Every row says which indicator hit, in which column,
 * with which value and when; Data Lake rows also name the endpoint (`endpoint_id`, `hostname`),
 * Live Discover adds `endpointId`/`hostname` itself.
 */
export function buildIocTemplate(
  api: HuntApi,
  match: TemplateMatch,
  options: IocTemplateOptions = {},
): string {
  return api === "ld"
    ? buildLdIocTemplate(match, options.ldWindow, options.types)
    : buildXdrIocTemplate(match, options.types);
}
