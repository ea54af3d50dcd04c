import { html, type SafeHtml } from "../html.js";
import type { DecisionFilter } from "./decision-view.js";
import { ACTIONS } from "./plan-row.js";
import type { TenantOption } from "./tenant-options.js";

function options(values: readonly (string | TenantOption)[], selected: string, anyLabel: string): SafeHtml {
  return html`<option value="">${anyLabel}</option>
    ${values.map((entry) => {
      const { value, label } = typeof entry === "string" ? { value: entry, label: entry } : entry;
      return html`<option value="${value}" ${value === selected ? html` selected` : false}>${label}</option>`;
    })}`;
}

/** The Plan page's filter bar (a GET form, so a filtered view is a link people can share). */
export function renderDecisionFilters(
  path: string,
  filter: DecisionFilter,
  /** Listed by name where the plan recorded one; the id is what the filter sends. */
  tenants: readonly TenantOption[],
  reasons: readonly string[],
): SafeHtml {
  return html`<form class="filters" method="get" action="${path}">
    <label
      >Action
      <select name="action">
        ${options(ACTIONS, filter.action, "any")}
      </select></label
    >
    <label
      >Tenant
      <select name="tenant">
        ${options(tenants, filter.tenant, "any")}
      </select></label
    >
    <label>Hostname contains <input type="search" name="host" value="${filter.host}" /></label>
    <label
      >Reason
      <select name="reason">
        ${options(reasons, filter.reason, "any")}
      </select></label
    >
    <button class="btn" type="submit">Filter</button>
    <a href="${path}">Clear</a>
  </form>`;
}
