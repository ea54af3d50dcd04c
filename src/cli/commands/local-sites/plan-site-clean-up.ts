import type { LocalSite } from "../../../central/types.js";
import type { RiskLevel, UrlReputation } from "./url-reputation.js";

/** A local site of one tenant. */
export interface TenantSite {
  tenant: { id: string; name: string };
  site: LocalSite;
}

/** One row of the combined report: the site, its reputation and what the clean-up does with it. */
export interface SiteVerdict {
  tenant: { id: string; name: string };
  id: string;
  url: string;
  risk: RiskLevel;
  productivityCategory: string | undefined;
  securityCategory: string | undefined;
  /** `delete` is selected by --risk; `keep` is everything else (and every unclassified site). */
  action: "delete" | "keep";
  reason: string;
}

/**
 * Decide, for every site, whether `--risk` selects it. Pure: the reputations were looked up before
 * (one lookup per distinct URL). A site whose lookup failed is unclassified and therefore kept.
 */
export function planSiteCleanUp(
  sites: readonly TenantSite[],
  reputations: ReadonlyMap<string, UrlReputation | Error>,
  selected: ReadonlySet<RiskLevel>,
): SiteVerdict[] {
  return sites.map(({ tenant, site }) => {
    const found = reputations.get(site.url);
    const reputation = found instanceof Error || found === undefined ? undefined : found;
    const risk = reputation?.risk ?? "UNCLASSIFIED";
    const chosen = risk !== "UNCLASSIFIED" && selected.has(risk);
    const reason =
      found instanceof Error
        ? `lookup failed (${found.message}); kept`
        : risk === "UNCLASSIFIED"
          ? "unclassified; never deleted"
          : chosen
            ? `risk ${risk} is selected by --risk`
            : `risk ${risk} is not selected`;
    return {
      tenant,
      id: site.id,
      url: site.url,
      risk,
      productivityCategory: reputation?.productivityCategory,
      securityCategory: reputation?.securityCategory,
      action: chosen ? "delete" : "keep",
      reason,
    };
  });
}

/** Counts per risk level and action, for the report's totals. */
export function countVerdicts(verdicts: readonly SiteVerdict[]): Record<string, number> {
  const totals: Record<string, number> = { total: verdicts.length, delete: 0, keep: 0 };
  for (const verdict of verdicts) {
    totals[verdict.risk] = (totals[verdict.risk] ?? 0) + 1;
    totals[verdict.action] = (totals[verdict.action] ?? 0) + 1;
  }
  return totals;
}
