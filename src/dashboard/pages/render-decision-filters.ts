import { html, type SafeHtml } from "../html.js";
import type { DecisionFilter } from "./decision-view.js";
import { ACTIONS } from "./plan-row.js";

function options(values: readonly string[], selected: string, anyLabel: string): SafeHtml {
  return html`<option value="">${anyLabel}</option>
    ${values.map(
      (value) =>
        html`<option value="${value}" ${value === selected ? html` selected` : false}>${value}</option>`,
    )}`;
}

/** The Plan page's filter bar (a GET form, so a filtered view is a link people can share). */
export function renderDecisionFilters(
  path: string,
  filter: DecisionFilter,
  tenants: readonly string[],
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
