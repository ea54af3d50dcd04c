import type { SafeHtml } from "../html.js";
import type { LiveProgress, LiveSnapshot } from "./live-state.js";

/**
 * What makes one live page (Estate, Alerts) its own: its paths and the words it uses. The shared
 * status section and routes take everything else from src/dashboard/live, so both pages behave alike.
 */
export interface LivePage<Snapshot extends LiveSnapshot, Progress extends LiveProgress> {
  /** The page, e.g. `/estate`. */
  path: string;
  /** Where the fetch form posts, e.g. `/estate/refresh`. */
  refreshPath: string;
  /** The navigation label. */
  nav: string;
  /** What a running fetch is doing, e.g. `Fetching alerts from Sophos Central`. */
  fetching: string;
  /** The progress after `fetching: `, e.g. `3 / 12 tenants done, 4,500 endpoints so far`. */
  describeProgress(progress: Progress): string;
  /** The progress in the flash that refuses a second fetch (the pages word it differently). */
  describeRefused(progress: Progress): string;
  /** The figures after `Fetched <when> in <duration>: `, e.g. `4 tenants, 60 open alerts`. */
  describeFetched(snapshot: Snapshot): string;
  /** After "Nothing has been fetched yet.": what a fetch reads, and that it runs only on request. */
  beforeFirstFetch: SafeHtml;
  /** The button before anything was fetched; afterwards it says "Fetch again". */
  firstFetchLabel: string;
}
