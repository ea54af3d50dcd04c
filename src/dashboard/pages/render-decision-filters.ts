import type { SafeHtml } from "../html.js";
import type { DecisionFilter } from "./decision-view.js";
import { filterForm, filterSearch, filterSelect, type FilterOption } from "./filter-form.js";
import { ACTIONS } from "./plan-row.js";

/** The Plan page's filter bar (a GET form, so a filtered view is a link people can share). */
export function renderDecisionFilters(
  path: string,
  filter: DecisionFilter,
  /** Listed by name where the plan recorded one; the id is what the filter sends. */
  tenants: readonly FilterOption[],
  reasons: readonly string[],
): SafeHtml {
  return filterForm(path, [
    filterSelect("Action", "action", ACTIONS, filter.action),
    filterSelect("Tenant", "tenant", tenants, filter.tenant),
    filterSearch("Hostname contains", "host", filter.host),
    filterSelect("Reason", "reason", reasons, filter.reason),
  ]);
}
