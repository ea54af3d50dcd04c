import { html } from "../html.js";
import { describeTenantProgress, formatCount } from "../live/format-live.js";
import type { LivePage } from "../live/live-page.js";
import type { AlertProgress, AlertSnapshot } from "./alert-snapshot.js";

/** The alerts page's path. */
export const ALERTS_PATH = "/alerts";

function describeProgress(progress: AlertProgress): string {
  return `${describeTenantProgress(progress)}, ${formatCount(progress.alerts)} alerts read so far`;
}

/** The alerts page's paths and words for the shared live-page status and routes. */
export const ALERTS_LIVE_PAGE: LivePage<AlertSnapshot, AlertProgress> = {
  path: ALERTS_PATH,
  refreshPath: "/alerts/refresh",
  nav: "Alerts",
  fetching: "Fetching alerts from Sophos Central",
  describeProgress,
  // Unlike the estate page, the refusal repeats the whole progress line, alerts read included.
  describeRefused: describeProgress,
  describeFetched: (snapshot) => {
    const tenants = snapshot.tenants.length + snapshot.failures.length;
    const alerts = snapshot.tenants.reduce((sum, t) => sum + t.counts.total, 0);
    return `${formatCount(tenants)} tenants, ${formatCount(alerts)} open alerts`;
  },
  beforeFirstFetch: html`This page reads every tenant's open alerts from Sophos Central only when you ask.`,
  firstFetchLabel: "Fetch alerts from Sophos Central",
};
