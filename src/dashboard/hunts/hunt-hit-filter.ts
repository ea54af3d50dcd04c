/** The filters of a run's hits table, as the page's GET form sends them. */
export interface HuntHitFilter {
  /** Tenant id, exact; empty for all. */
  tenant: string;
  /** Part of the hostname; empty for all. */
  host: string;
  /** Part of the indicator value; empty for all. */
  indicator: string;
}

// Long enough for any hostname, URL or hash; a longer value is a pasted mistake, not a filter.
const MAX_FILTER = 500;

const field = (query: URLSearchParams, name: string): string =>
  (query.get(name) ?? "").trim().slice(0, MAX_FILTER);

/** The hit filters of `?tenant=&host=&indicator=` (trimmed; missing means no filter). */
export function huntHitFilterOf(query: URLSearchParams): HuntHitFilter {
  return { tenant: field(query, "tenant"), host: field(query, "host"), indicator: field(query, "indicator") };
}
