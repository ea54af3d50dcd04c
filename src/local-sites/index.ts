/**
 * Web-control local-site clean-up as a library: classify each site's address, look up its
 * reputation (SophosLabs Intelix or another provider) once per distinct address, decide what a
 * risk level selects, and delete with every step journaled.
 */
export {
  RISK_LEVELS,
  type LookupTarget,
  type ReputationProvider,
  type RiskLevel,
  type SiteReputation,
} from "./site-reputation.js";
export { ReputationError, type ReputationErrorKind } from "./reputation-error.js";
export { classifySiteAddress, type SiteAddress } from "./classify-site-address.js";
export { IP_CATEGORY_RISK, ipCategoryRisk } from "./ip-category-risk.js";
export { RISK_CHOICES, parseRiskChoice, riskLevelsFor, type RiskChoice } from "./risk-selection.js";
export { INTELIX_API_URL, INTELIX_TOKEN_URL, type IntelixSettings } from "./intelix-settings.js";
export { createIntelixProvider } from "./intelix-provider.js";
export { createIntelixTokenSource, type IntelixTokenSource } from "./intelix-token-source.js";
export { readIntelixReply } from "./read-intelix-reply.js";
export { lookUpReputations, type LookUpOptions, type LookupOutcome } from "./look-up-reputations.js";
export { planSiteCleanUp, siteKey, type SiteVerdict, type TenantSite } from "./plan-site-clean-up.js";
export { countVerdicts } from "./count-verdicts.js";
export {
  LOCAL_SITE_DELETE_KIND,
  localSiteDeleteHistory,
  siteIdOf,
  type LocalSiteDeleteHistory,
} from "./local-site-delete-history.js";
export { settlePendingDeletions, type PendingSettlement } from "./settle-pending-deletions.js";
export {
  deleteLocalSites,
  type DeleteLocalSitesOptions,
  type LocalSiteDeleter,
  type SiteDeletion,
} from "./delete-local-sites.js";
