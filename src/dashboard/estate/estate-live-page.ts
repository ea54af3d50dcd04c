import { html } from "../html.js";
import { describeTenantProgress, formatCount } from "../live/format-live.js";
import type { LivePage } from "../live/live-page.js";
import type { EstateProgress, EstateSnapshot } from "./estate-snapshot.js";

/** The estate page's path. */
export const ESTATE_PATH = "/estate";

function describeFetched(snapshot: EstateSnapshot): string {
  const endpoints = snapshot.rows.reduce((sum, row) => sum + row.tally.total, 0);
  const alerts = snapshot.rows.reduce(
    (sum, row) => sum + row.tally.alerts.high + row.tally.alerts.medium + row.tally.alerts.low,
    0,
  );
  const tenants = snapshot.rows.length + snapshot.failures.length;
  return `${formatCount(tenants)} tenants, ${formatCount(endpoints)} endpoints, ${formatCount(alerts)} open alerts`;
}

/** The estate page's paths and words for the shared live-page status and routes. */
export const ESTATE_LIVE_PAGE: LivePage<EstateSnapshot, EstateProgress> = {
  path: ESTATE_PATH,
  refreshPath: "/estate/refresh",
  nav: "Estate",
  fetching: "Fetching from Sophos Central",
  describeProgress: (progress) =>
    `${describeTenantProgress(progress)}, ${formatCount(progress.endpoints)} endpoints so far`,
  // Unlike the progress line, the refusal flash names only tenants ("x of y"), as it always has.
  describeRefused: (progress) =>
    progress.tenantsTotal === undefined
      ? "still listing tenants"
      : `${formatCount(progress.tenantsDone)} of ${formatCount(progress.tenantsTotal)} tenants done`,
  describeFetched,
  beforeFirstFetch: html`The estate view reads every tenant's endpoints from Sophos Central only when you ask.`,
  firstFetchLabel: "Fetch from Sophos Central",
};
