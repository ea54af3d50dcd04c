/** Risk levels a reputation provider assigns; the SophosLabs Intelix names are used for all providers. */
export const RISK_LEVELS = ["HIGH", "MEDIUM", "LOW", "TRUSTED", "UNCLASSIFIED"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What a provider is asked about: a URL or domain, or a single IP address. */
export interface LookupTarget {
  kind: "url" | "ip";
  value: string;
}

/** What a provider knows about one URL or IP address. */
export interface SiteReputation {
  risk: RiskLevel;
  /** Which lookup answered: URL lookups give categories, IP lookups give IP categories only. */
  lookup: "url" | "ip";
  /** Every category the provider named (productivity and security for URLs, IP categories for IPs). */
  categories: string[];
  productivityCategory?: string;
  securityCategory?: string;
  /** The provider's request id, kept in the report for support cases. */
  requestId?: string;
}

/**
 * A URL and IP reputation service. SophosLabs Intelix is the first; another (e.g. a corporate
 * proxy's categorisation API) only needs this interface. A provider that cannot classify IPs
 * answers `UNCLASSIFIED` for them, so they are never deleted.
 */
export interface ReputationProvider {
  /** Shown in reports, e.g. `SophosLabs Intelix`. */
  readonly name: string;
  /**
   * Classify one target; throws a `ReputationError` when the service cannot answer (the site is
   * then reported unclassified and kept). A `fatal` error stops the whole run.
   */
  lookup(target: LookupTarget): Promise<SiteReputation>;
  close(): Promise<void>;
}
