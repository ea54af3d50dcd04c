/**
 * The indicator types a hunt understands. The first nine are the names the Sophos IOC hunting queries
 * use in their `indicator_type` field; `sha1` and `md5` are ours (the Data Lake has `sha1`, and MISP
 * feeds are full of both).
 */
export const INDICATOR_TYPES = [
  "ip",
  "url",
  "domain",
  "port",
  "sha256",
  "sha1",
  "md5",
  "filename",
  "file_path",
  "file_path_name",
  "pathname",
] as const;

/** One of {@link INDICATOR_TYPES}. */
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

/**
 * How a hunt query must compare the value:
 * - `exact`: equality (case-insensitive for hashes and domains, which are stored lower-case). A `%` in
 *   an exact value is a literal character (a STIX `=` comparison, a MISP value), never a wildcard,
 *   so a query must use `=` rather than `LIKE` for it.
 * - `wildcard`: a SQL `LIKE` pattern; `%` came from the user or source. A query should escape `_`
 *   (which LIKE also treats as a wildcard) unless the source was itself a LIKE pattern (STIX `LIKE`).
 * - `cidr`: an IP network `address/prefix`; string comparison cannot match it.
 */
export type MatchMode = "exact" | "wildcard" | "cidr";

/** Where a MISP indicator came from, kept so hits can be traced (and sighted) back to MISP. */
export interface MispProvenance {
  eventId: string;
  eventUuid?: string;
  eventInfo?: string;
  attributeId: string;
  uuid: string;
  /** The MISP attribute type, e.g. `ip-dst|port` for a composite that was split. */
  type: string;
  category?: string;
  toIds: boolean;
  comment?: string;
  objectRelation?: string;
  /** Tag names on the attribute, including the event's (inherited) tags. */
  tags: string[];
}

/** Where a STIX indicator came from. */
export interface StixProvenance {
  id: string;
  name?: string;
}

/** One place an indicator was read from: the source (file, `inline`, MISP host) and the entry in it. */
export interface Provenance {
  source: string;
  /** The entry inside the source: `ioc_data[3]`, `line 7`, `objects[2]`, `event 12 attribute 345`. */
  location: string;
  misp?: MispProvenance;
  stix?: StixProvenance;
}

/** A validated, normalised indicator with every place it was read from. */
export interface Indicator {
  type: IndicatorType;
  value: string;
  match: MatchMode;
  provenance: Provenance[];
}

/** A malformed entry that was skipped (lenient mode) or caused a failure. */
export interface RejectedEntry {
  /** The entry, as a user finds it: `iocs.json ioc_data[3].data`, `iocs.csv:7`. */
  where: string;
  type: string;
  value: string;
  reason: string;
}

/** A well-formed entry this hunter cannot use (an unsupported STIX pattern or MISP type). */
export interface SkippedEntry {
  where: string;
  reason: string;
}

/** What reading a source produced: usable indicators plus a report of what was left out and why. */
export interface IndicatorSet {
  indicators: Indicator[];
  rejected: RejectedEntry[];
  skipped: SkippedEntry[];
}

/** Options shared by the indicator readers. */
export interface ParseOptions {
  /** Skip malformed entries (reported in `rejected`) instead of failing. Default false. */
  lenient?: boolean;
}
