import type { Dispatcher } from "undici";
import type { Logger } from "../../util/logger.js";
import type { ParseOptions } from "../indicator.js";

/** A MISP time filter: `"30d"`, `"12h"`, `"90m"`, an epoch-seconds timestamp, or a `[from, to]` pair. */
export type MispTimeFilter = string | number | readonly [string | number, string | number];

/** What to fetch from MISP's `/attributes/restSearch`, and how. */
export interface MispFetchOptions extends ParseOptions {
  /** MISP base URL (`https://misp.example.org`); a URL ending in `/attributes/restSearch` is used as is. */
  url: string;
  /** Automation key, sent bare in `Authorization`. Registered for redaction. */
  apiKey: string;
  /** Only attributes of these events (ORed). */
  eventIds?: readonly (string | number)[];
  /** Never attributes of these events. */
  excludeEventIds?: readonly (string | number)[];
  /** Attributes whose event or self carries any of these tags; `%` is a wildcard (`tlp:%`). */
  tags?: readonly string[];
  /** Drop attributes whose event or self carries any of these tags (e.g. `tlp:red`). */
  excludeTags?: readonly string[];
  /** Attributes carrying all of these tags. */
  requireTags?: readonly string[];
  /** MISP attribute types to ask for. Default: all, so unsupported types show up in `skipped`. */
  types?: readonly string[];
  /** `true` (default): IDS-flagged attributes only; `false`: unflagged only; `"any"`: both. */
  toIds?: boolean | "any";
  /** `true`: attributes of published events only; `false`: unpublished only; `"any"` (default): both. */
  published?: boolean | "any";
  /** Only events published in this window (MISP `publish_timestamp`), e.g. `"30d"`. */
  publishedWithin?: MispTimeFilter;
  /** Drop attributes on a MISP warninglist (known-benign values). Default true. */
  enforceWarninglist?: boolean;
  /** Attributes per page (MISP `limit`). Default 1000. */
  pageSize?: number;
  /** Stop after this many attributes and report the search as truncated. Default 500,000. */
  maxAttributes?: number;
  /**
   * MISP `uri` values without a host (`/gate.php`) match any site's URL. Default false: skipped with
   * a reason; true: hunted as the wildcard `%/gate.php`.
   */
  includePathOnlyUris?: boolean;
  /** undici dispatcher (proxy agent, custom CA); default the global one. */
  dispatcher?: Dispatcher;
  /** Per-request timeout for headers and body, ms. Default 60,000. */
  timeoutMs?: number;
  signal?: AbortSignal;
  logger?: Logger;
}

/** Defaults applied to {@link MispFetchOptions}. */
export const MISP_DEFAULTS = {
  toIds: true,
  published: "any",
  enforceWarninglist: true,
  pageSize: 1000,
  maxAttributes: 500_000,
  timeoutMs: 60_000,
} as const;
