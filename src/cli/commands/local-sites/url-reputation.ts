/** Risk levels a reputation provider assigns; the SophosLabs Intelix names are used for all providers. */
export const RISK_LEVELS = ["HIGH", "MEDIUM", "LOW", "TRUSTED", "UNCLASSIFIED"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What a provider knows about one URL. */
export interface UrlReputation {
  risk: RiskLevel;
  productivityCategory?: string;
  securityCategory?: string;
  /** The provider's request id, kept in the report for support cases. */
  requestId?: string;
}

/**
 * A URL reputation service. SophosLabs Intelix is the first; another (e.g. a corporate proxy's
 * categorisation API) only needs this interface.
 */
export interface UrlReputationProvider {
  /** Shown in reports, e.g. `SophosLabs Intelix`. */
  readonly name: string;
  /** Classify one URL; throws when the service cannot answer (the site is then kept). */
  lookup(url: string): Promise<UrlReputation>;
  close(): Promise<void>;
}
