import { formatCount, formatDuration, formatInstant } from "../estate/format-estate.js";
import { html, type SafeHtml } from "../html.js";
import { csrfField } from "../pages/page-fragments.js";
import type { AlertState } from "./alert-cache.js";
import type { AlertProblem, AlertProgress, AlertSnapshot } from "./alert-snapshot.js";
import { configureCredentialsHint } from "../configure-credentials-hint.js";

/** Where the fetch form posts. */
export const ALERTS_REFRESH_PATH = "/alerts/refresh";

function fetchForm(csrfToken: string, label: string): SafeHtml {
  return html`<form class="inline" method="post" action="${ALERTS_REFRESH_PATH}">
    ${csrfField({ csrfToken })}
    <button class="btn" type="submit">${label}</button>
  </form>`;
}

/** The progress line; also the flash of a refused second fetch. */
export function describeAlertProgress(progress: AlertProgress): string {
  const tenants =
    progress.tenantsTotal === undefined
      ? "listing tenants"
      : `${formatCount(progress.tenantsDone)} / ${formatCount(progress.tenantsTotal)} tenants done`;
  return `${tenants}, ${formatCount(progress.alerts)} alerts read so far`;
}

function runningNote(progress: AlertProgress): SafeHtml {
  // No JavaScript on the dashboard: the page reloads itself every 2 s until the fetch is done.
  return html`<meta http-equiv="refresh" content="2" />
    <p class="note">
      Fetching alerts from Sophos Central: ${describeAlertProgress(progress)}
      <span class="muted">(started ${formatInstant(progress.startedAt)}; this page refreshes itself)</span>.
    </p>`;
}

function problemNote(problem: AlertProblem): SafeHtml {
  const advice = problem.credentials
    ? configureCredentialsHint()
    : html`Check the network, proxy and CA settings of the dashboard host, then fetch again.`;
  return html`<p class="note">
      <span class="badge badge-error">fetch failed</span> ${formatInstant(problem.at)}: ${problem.message}
    </p>
    <p class="note">${advice}</p>`;
}

function fetchedNote(snapshot: AlertSnapshot): SafeHtml {
  const tenants = snapshot.tenants.length + snapshot.failures.length;
  const alerts = snapshot.tenants.reduce((sum, t) => sum + t.counts.total, 0);
  return html`<p>
    Fetched ${formatInstant(snapshot.fetchedAt)} in ${formatDuration(snapshot.durationMs)}:
    ${formatCount(tenants)} tenants, ${formatCount(alerts)} open alerts.
  </p>`;
}

/**
 * The top of the alerts page: what was fetched when, progress while a fetch runs (with a meta
 * refresh), why the last fetch failed and what to do, and the button that starts a fetch.
 */
export function renderAlertStatus(state: AlertState, csrfToken: string): SafeHtml {
  const parts: SafeHtml[] = [];
  if (state.running) parts.push(runningNote(state.running));
  else if (state.problem) parts.push(problemNote(state.problem));
  if (state.snapshot) parts.push(fetchedNote(state.snapshot));
  else if (!state.running && !state.problem) {
    parts.push(
      html`<p class="empty">
        Nothing has been fetched yet. This page reads every tenant's open alerts from Sophos Central only when
        you ask.
      </p>`,
    );
  }
  if (!state.running) {
    parts.push(fetchForm(csrfToken, state.snapshot ? "Fetch again" : "Fetch alerts from Sophos Central"));
  }
  return html`<section>${parts}</section>`;
}
