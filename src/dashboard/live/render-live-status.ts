import { configureCredentialsHint } from "../configure-credentials-hint.js";
import { html, type SafeHtml } from "../html.js";
import { csrfField } from "../pages/page-fragments.js";
import { formatDuration, formatInstant } from "./format-live.js";
import type { LivePage } from "./live-page.js";
import type { LiveProblem, LiveProgress, LiveSnapshot, LiveState } from "./live-state.js";

function fetchForm(refreshPath: string, csrfToken: string, label: string): SafeHtml {
  return html`<form class="inline" method="post" action="${refreshPath}">
    ${csrfField({ csrfToken })}
    <button class="btn" type="submit">${label}</button>
  </form>`;
}

function runningNote<S extends LiveSnapshot, P extends LiveProgress>(
  page: LivePage<S, P>,
  progress: P,
): SafeHtml {
  // No JavaScript on the dashboard: the page reloads itself every 2 s until the fetch is done.
  return html`<meta http-equiv="refresh" content="2" />
    <p class="note">
      ${page.fetching}: ${page.describeProgress(progress)}
      <span class="muted">(started ${formatInstant(progress.startedAt)}; this page refreshes itself)</span>.
    </p>`;
}

function problemNote(problem: LiveProblem): SafeHtml {
  const advice = problem.credentials
    ? configureCredentialsHint()
    : html`Check the network, proxy and CA settings of the dashboard host, then fetch again.`;
  return html`<p class="note">
      <span class="badge badge-error">fetch failed</span> ${formatInstant(problem.at)}: ${problem.message}
    </p>
    <p class="note">${advice}</p>`;
}

function fetchedNote(figures: string, snapshot: LiveSnapshot): SafeHtml {
  return html`<p>
    Fetched ${formatInstant(snapshot.fetchedAt)} in ${formatDuration(snapshot.durationMs)}: ${figures}.
  </p>`;
}

/**
 * The top of a live page: what was fetched when (and how long it took), progress while a fetch runs
 * (with a meta refresh), why the last fetch failed and what to do, and the button that starts a fetch.
 */
export function renderLiveStatus<S extends LiveSnapshot, P extends LiveProgress>(
  page: LivePage<S, P>,
  state: LiveState<S, P>,
  csrfToken: string,
): SafeHtml {
  const parts: SafeHtml[] = [];
  if (state.running) parts.push(runningNote(page, state.running));
  else if (state.problem) parts.push(problemNote(state.problem));
  if (state.snapshot) parts.push(fetchedNote(page.describeFetched(state.snapshot), state.snapshot));
  else if (!state.running && !state.problem) {
    parts.push(html`<p class="empty">Nothing has been fetched yet. ${page.beforeFirstFetch}</p>`);
  }
  if (!state.running) {
    const label = state.snapshot ? "Fetch again" : page.firstFetchLabel;
    parts.push(fetchForm(page.refreshPath, csrfToken, label));
  }
  return html`<section>${parts}</section>`;
}
