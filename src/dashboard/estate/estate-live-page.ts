import { html } from "../html.js";
import { describeTenantProgress, formatCount } from "../live/format-live.js";
import type { LivePage } from "../live/live-page.js";
import type { EstateProgress, EstateSnapshot } from "./estate-snapshot.js";
import { sumTallies } from "./estate-tally.js";

/** The estate page's path. */
export const ESTATE_PATH = "/estate";

function describeFetched(snapshot: EstateSnapshot): string {
  const all = sumTallies(
    snapshot.rows.map((row) => row.tally),
    snapshot.staleDays.length,
  );
  const alerts = all.alerts.high + all.alerts.medium + all.alerts.low;
  const tenants = snapshot.rows.length + snapshot.failures.length;
  return `${formatCount(tenants)} tenants, ${formatCount(all.total)} endpoints, ${formatCount(alerts)} open alerts`;
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
