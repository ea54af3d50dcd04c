import { html, trusted, type SafeHtml } from "../html.js";
import type { EstateColumn } from "./estate-columns.js";
import type { TenantTally } from "./estate-snapshot.js";
import type { EstateTally } from "./estate-tally.js";
import { formatCount } from "../live/format-live.js";

/** What the table needs besides the rows. */
export interface EstateTableOptions {
  columns: readonly EstateColumn[];
  /** The current `?sort=` key (marked on its header). */
  sort: string;
  /** Totals over every row that passed the filter (not only this page). */
  totals: EstateTally;
  /** How many tenants the totals cover. */
  totalTenants: number;
  /** The page URL for a sort key, keeping the filter. */
  sortLink(key: string): string;
}

function header(
  label: string,
  key: string,
  options: EstateTableOptions,
  title: string,
  num: boolean,
): SafeHtml {
  const current = options.sort === key;
  return html`<th
    class="${num ? "num" : ""}"
    title="${title}"
    aria-sort="${current ? (key === "name" ? "ascending" : "descending") : "none"}"
  >
    <a href="${options.sortLink(key)}">${label}</a>${current ? trusted(" &#9662;") : ""}
  </th>`;
}

/** One cell over the alert columns of a tenant whose alerts could not be read: no count is shown. */
function alertsFailedCell(span: number, message: string): SafeHtml {
  return html`<td colspan="${span}"><span class="badge badge-warn">alerts: ${message}</span></td>`;
}

function cells(tally: EstateTally, columns: readonly EstateColumn[], alertsError?: string): SafeHtml[] {
  if (alertsError !== undefined) {
    const span = columns.filter((c) => c.source === "alerts").length;
    const first = columns.findIndex((c) => c.source === "alerts");
    if (first >= 0) {
      const before = cells(tally, columns.slice(0, first));
      const after = cells(
        tally,
        columns.slice(first).filter((c) => c.source !== "alerts"),
      );
      return [...before, alertsFailedCell(span, alertsError), ...after];
    }
  }
  return columns.map((column) => {
    const value = column.value(tally);
    const shown = formatCount(value);
    const detail =
      column.key === "isolated" && value > 0
        ? html` <span class="muted">(${tally.adminIsolated} admin, ${tally.selfIsolated} self)</span>`
        : "";
    if (column.alarm && value > 0) {
      return html`<td class="num"><span class="badge ${column.alarm}">${shown}</span>${detail}</td>`;
    }
    return html`<td class="num">${shown}${detail}</td>`;
  });
}

/**
 * The per-tenant table: one row per tenant (name and id), a header per column that links to that
 * sort, and a totals row. Every tenant name is escaped: tenants are named by customers. A tenant
 * whose alerts could not be read shows "alerts: <error>" across the alert columns instead of counts.
 */
export function renderEstateTable(rows: readonly TenantTally[], options: EstateTableOptions): SafeHtml {
  const { columns } = options;
  const body = rows.map(
    (row) =>
      html`<tr>
        <td>${row.name}<br /><code>${row.tenantId}</code></td>
        ${cells(row.tally, columns, row.alertsError)}
      </tr>`,
  );
  return html`<table class="data">
    <thead>
      <tr>
        ${header("Tenant", "name", options, "Sort by tenant name", false)}
        ${columns.map((c) => header(c.label, c.key, options, `${c.title}; sort by it`, true))}
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
    <tfoot>
      <tr>
        <th>Total (${formatCount(options.totalTenants)} tenants)</th>
        ${cells(options.totals, columns)}
      </tr>
    </tfoot>
  </table>`;
}
