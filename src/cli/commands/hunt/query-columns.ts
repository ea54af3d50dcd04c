import type { HuntApi } from "../../../hunt/runner/index.js";
import type { Column } from "../../output/column.js";

/** One line of `centralctl hunt queries`: a tenant's saved query, or one of our built-in templates. */
export interface QueryRecord {
  /** `tenant`: from the tenant's catalogue; `builtin`: shipped with centralctl, run ad hoc. */
  source: "tenant" | "builtin";
  tenantId: string;
  tenantName: string;
  api: HuntApi;
  id: string;
  name: string;
  /** `canned`, `custom`, or `builtin`. */
  type: string;
  categories: Array<{ id: string; name: string }>;
  variables: string;
  description: string;
  template?: string;
}

/** Columns of the table and CSV output (the SQL only goes to json/ndjson). */
export const QUERY_COLUMNS: Column<QueryRecord>[] = [
  { header: "tenant", value: (q) => (q.source === "builtin" ? "(built-in)" : q.tenantName) },
  { header: "api", value: (q) => q.api },
  { header: "type", value: (q) => q.type },
  { header: "name", value: (q) => q.name },
  { header: "categories", value: (q) => q.categories.map((c) => c.name || c.id).join(", ") },
  { header: "variables", value: (q) => q.variables },
  { header: "description", value: (q) => q.description },
  { header: "id", value: (q) => q.id },
];
