import { configureCredentialsHint } from "../configure-credentials-hint.js";
import { html, type SafeHtml } from "../html.js";
import type { EstateState } from "./estate-cache.js";
import type { EstateProblem, EstateProgress, EstateSnapshot } from "./estate-snapshot.js";
import { formatCount, formatDuration, formatInstant } from "./format-estate.js";

/** Where the refresh form posts. */
export const ESTATE_REFRESH_PATH = "/estate/refresh";

function refreshForm(csrfToken: string, label: string): SafeHtml {
  return html`<form class="inline" method="post" action="${ESTATE_REFRESH_PATH}">
    <input type="hidden" name="csrf" value="${csrfToken}" />
    <button class="btn" type="submit">${label}</button>
  </form>`;
}

function runningNote(progress: EstateProgress): SafeHtml {
  const tenants =
    progress.tenantsTotal === undefined
      ? "listing tenants"
      : `${formatCount(progress.tenantsDone)} / ${formatCount(progress.tenantsTotal)} tenants done`;
  // No JavaScript on the dashboard: the page reloads itself every 2 s until the fetch is done.
  return html`<meta http-equiv="refresh" content="2" />
    <p class="note">
      Fetching from Sophos Central: ${tenants}, ${formatCount(progress.endpoints)} endpoints so far
      <span class="muted">(started ${formatInstant(progress.startedAt)}; this page refreshes itself)</span>.
    </p>`;
}

function problemNote(problem: EstateProblem): SafeHtml {
  const advice = problem.credentials
    ? configureCredentialsHint()
    : html`Check the network, proxy and CA settings of the dashboard host, then fetch again.`;
  return html`<p class="note">
      <span class="badge badge-error">fetch failed</span> ${formatInstant(problem.at)}: ${problem.message}
    </p>
    <p class="note">${advice}</p>`;
}

function fetchedNote(snapshot: EstateSnapshot): SafeHtml {
  const endpoints = snapshot.rows.reduce((sum, row) => sum + row.tally.total, 0);
  const alerts = snapshot.rows.reduce(
    (sum, row) => sum + row.tally.alerts.high + row.tally.alerts.medium + row.tally.alerts.low,
    0,
  );
  const tenants = snapshot.rows.length + snapshot.failures.length;
  return html`<p>
    Fetched ${formatInstant(snapshot.fetchedAt)} in ${formatDuration(snapshot.durationMs)}:
    ${formatCount(tenants)} tenants, ${formatCount(endpoints)} endpoints, ${formatCount(alerts)} open alerts.
  </p>`;
}

/**
 * The top of the estate page: what was fetched when (and how long it took), progress while a fetch
 * runs, why the last fetch failed, and the button that starts a fetch.
 */
export function renderEstateStatus(state: EstateState, csrfToken: string): SafeHtml {
  const parts: SafeHtml[] = [];
  if (state.running) parts.push(runningNote(state.running));
  else if (state.problem) parts.push(problemNote(state.problem));
  if (state.snapshot) parts.push(fetchedNote(state.snapshot));
  else if (!state.running && !state.problem) {
    parts.push(
      html`<p class="empty">
        Nothing has been fetched yet. The estate view reads every tenant's endpoints from Sophos Central only
        when you ask.
      </p>`,
    );
  }
  if (!state.running) {
    parts.push(refreshForm(csrfToken, state.snapshot ? "Fetch again" : "Fetch from Sophos Central"));
  }
  return html`<section>${parts}</section>`;
}
