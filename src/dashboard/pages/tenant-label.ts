import { html, type SafeHtml } from "../html.js";

/**
 * A tenant as a table cell shows it: the name the plan recorded, with the id in muted monospace
 * below it (MSPs know tenants by name; the id is what the CLI and the journal use). Plans made
 * before names were kept, and tenants the plan does not name, show the id alone. The name comes
 * from Central, where customers choose it, so it is escaped like any other value.
 * @example html`<td>${tenantLabel(d.tenantId, plan.tenantNames)}</td>`
 */
export function tenantLabel(tenantId: string, names: ReadonlyMap<string, string> | undefined): SafeHtml {
  const name = names?.get(tenantId);
  if (name === undefined) return html`<code>${tenantId}</code>`;
  return html`${name}<br /><span class="muted"><code>${tenantId}</code></span>`;
}
