import { html, type SafeHtml } from "../html.js";
import { badge, type BadgeKind } from "../pages/page-fragments.js";
import type { AlertRow } from "./alert-row.js";

const SEVERITY_BADGE: Record<string, BadgeKind> = { high: "error", medium: "warn", low: "skip" };

/** The severity badge: high red, medium amber, low (and anything unknown) grey. */
function severityBadge(severity: string): SafeHtml {
  return badge(SEVERITY_BADGE[severity] ?? "skip", severity === "" ? "unknown" : severity);
}

function agentCell(row: AlertRow): SafeHtml {
  if (!row.agent) return html`<td class="muted">none</td>`;
  const label = row.agent.name ?? row.agent.type ?? "";
  return html`<td>${label}<br /><code class="muted">${row.agent.id}</code></td>`;
}

function actionsCell(actions: readonly string[]): SafeHtml {
  if (actions.length === 0) return html`<td class="muted">none</td>`;
  return html`<td>${actions.map((a, i) => html`${i > 0 ? " " : ""}<code>${a}</code>`)}</td>`;
}

/**
 * The alerts table, rows in the order given (newest first). Every value comes from Central, where
 * descriptions quote hostnames, file names and URLs an attacker may choose, so each goes through
 * `html` and is escaped.
 */
export function renderAlertTable(rows: readonly AlertRow[]): SafeHtml {
  const body = rows.map(
    (row) =>
      html`<tr data-alert-id="${row.id}">
        <td><time datetime="${row.raisedAt}">${row.raisedAt}</time></td>
        <td>${severityBadge(row.severity)}</td>
        <td>${row.tenantName}<br /><code class="muted">${row.tenantId}</code></td>
        <td>${row.category}<br /><span class="muted">${row.type}</span></td>
        <td>${row.description}</td>
        ${agentCell(row)} ${actionsCell(row.allowedActions)}
      </tr>`,
  );
  return html`<table class="data">
    <thead>
      <tr>
        <th>Raised</th>
        <th>Severity</th>
        <th>Tenant</th>
        <th>Category / type</th>
        <th>Description</th>
        <th>Device</th>
        <th>Allowed actions</th>
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
  </table>`;
}
