import type { RiskLevel } from "./site-reputation.js";

/**
 * Risk of each SophosLabs IP category, as the reference connector's `intelix_config.ini
 * [ip_lookup_risk]` sets it (4 HIGH, 3 MEDIUM, 2 LOW, 1 TRUSTED, 0 UNCLASSIFIED) so that IP sites
 * line up with the URL lookup's `riskLevel`. Categories not listed are unclassified.
 */
export const IP_CATEGORY_RISK: Readonly<Record<string, RiskLevel>> = {
  malware: "HIGH",
  botnet: "HIGH",
  spam_mta: "HIGH",
  psh: "HIGH",
  spammers: "HIGH",
  bot: "HIGH",
  illegal: "HIGH",
  bulk_mta: "MEDIUM",
  bulk_mta_grey: "MEDIUM",
  enduser_network: "LOW",
  generic_mta: "LOW",
  free_mta: "LOW",
  isp_mta: "LOW",
  biz_mta: "LOW",
  news_mta: "LOW",
  notifications_mta: "LOW",
  clean_mta: "TRUSTED",
  unclassified: "UNCLASSIFIED",
};

const ORDER: readonly RiskLevel[] = ["UNCLASSIFIED", "TRUSTED", "LOW", "MEDIUM", "HIGH"];

/**
 * The highest risk among an IP's categories (the reference takes the maximum too); no category, or
 * only unknown ones, is `UNCLASSIFIED`.
 * @example ipCategoryRisk(["clean_mta", "bulk_mta"]) // "MEDIUM"
 */
export function ipCategoryRisk(categories: readonly string[]): RiskLevel {
  let worst = 0;
  for (const category of categories) {
    const risk = IP_CATEGORY_RISK[category.toLowerCase()] ?? "UNCLASSIFIED";
    worst = Math.max(worst, ORDER.indexOf(risk));
  }
  return ORDER[worst]!;
}
