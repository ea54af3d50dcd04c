import { html, type SafeHtml } from "../html.js";
import { formatCount } from "./format-live.js";
import type { LiveTenantFailure } from "./live-state.js";

/**
 * The tenants a live fetch could not read, each with its error (already free of secrets); nothing
 * when every tenant was read. `missing` says what of theirs the page lacks, e.g. "Their alerts are
 * not in the counts or the table.", so nobody reads a low count as the whole estate.
 */
export function renderTenantFailures(failures: readonly LiveTenantFailure[], missing: string): SafeHtml {
  if (failures.length === 0) return html``;
  const rows = failures.map(
    (failure) =>
      html`<tr>
        <td>${failure.name}</td>
        <td><code>${failure.tenantId}</code></td>
        <td><span class="badge badge-error">failed</span> ${failure.message}</td>
      </tr>`,
  );
  return html`<section>
    <h2>Tenants that could not be read (${formatCount(failures.length)})</h2>
    <p class="note">${missing} Each error says what to check.</p>
    <table class="data">
      <thead>
        <tr>
          <th>Tenant</th>
          <th>Id</th>
          <th>Error</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </section>`;
}
