import type { HuntApi } from "../templates/build-ioc-template.js";

/** A saved query of a tenant's Live Discover or Data Lake catalogue (reference §7.1, §8.1). */
export interface SavedQuery {
  id: string;
  name: string;
  code?: string;
  description?: string;
  template?: string;
  variables?: Array<{ name: string; dataType: string; pivotType?: string }>;
  categories?: Array<{ id: string }>;
  /** `canned` (Sophos) or `custom` (written in the tenant or by the partner). */
  type?: string;
  supportedOSes?: string[];
}

/** A catalogue category; `GET /queries/categories` answers without paging. */
export interface QueryCategory {
  id: string;
  name: string;
  type?: string;
  queryCount?: number;
}

/** One tenant's catalogue of one API. */
export interface QueryCatalogue {
  api: HuntApi;
  queries: SavedQuery[];
  categories: QueryCategory[];
}
