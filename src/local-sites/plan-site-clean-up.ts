import type { LocalSite } from "../central/types.js";
import { classifySiteAddress } from "./classify-site-address.js";
import type { LookupOutcome } from "./look-up-reputations.js";
import type { RiskLevel } from "./site-reputation.js";

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
  /** Which lookup classified it; `none` for CIDR ranges and unusable values, never looked up. */
  lookup: "url" | "ip" | "none";
  risk: RiskLevel;
  /** Every category the provider named (URL productivity and security, or IP categories). */
  categories: string[];
  productivityCategory: string | undefined;
  securityCategory: string | undefined;
  /** `delete` is selected by --risk; `keep` is everything else (and every unclassified site). */
  action: "delete" | "keep";
  reason: string;
}

/**
 * Decide, for every site, whether `selected` picks it. Pure: the reputations were looked up before
 * (one lookup per distinct address key). A site whose lookup failed, a CIDR range or anything else
 * unclassifiable is `UNCLASSIFIED` and kept; so is a site `alreadyDeleted` (site key to journal seq)
 * says an earlier run deleted, so a stale listing never causes a second delete.
 */
export function planSiteCleanUp(
  sites: readonly TenantSite[],
  reputations: ReadonlyMap<string, LookupOutcome>,
  selected: ReadonlySet<RiskLevel>,
  alreadyDeleted: ReadonlyMap<string, number> = new Map(),
): SiteVerdict[] {
  return sites.map(({ tenant, site }) => {
    const address = classifySiteAddress(site.url);
    const found = "key" in address ? reputations.get(address.key) : undefined;
    const reputation = found instanceof Error ? undefined : found;
    const risk = reputation?.risk ?? "UNCLASSIFIED";
    const chosen = risk !== "UNCLASSIFIED" && selected.has(risk);
    const deletedAt = alreadyDeleted.get(siteKey(tenant.id, site.id));
    const reason = !("key" in address)
      ? `${address.reason}; unclassified, never deleted`
      : found instanceof Error
        ? `lookup failed (${found.message}); unclassified, kept`
        : found === undefined
          ? "not looked up; unclassified, kept"
          : risk === "UNCLASSIFIED"
            ? "unclassified; never deleted"
            : !chosen
              ? `risk ${risk} is not selected`
              : deletedAt !== undefined
                ? `already deleted by an earlier run (journal entry ${deletedAt}); not deleted again`
                : `risk ${risk} is selected`;
    return {
      tenant,
      id: site.id,
      url: site.url,
      lookup: reputation?.lookup ?? ("key" in address ? address.kind : "none"),
      risk,
      categories: reputation?.categories ?? [],
      productivityCategory: reputation?.productivityCategory,
      securityCategory: reputation?.securityCategory,
      action: chosen && deletedAt === undefined ? "delete" : "keep",
      reason,
    };
  });
}

/** The key a tenant's site is known by in the journal and in `alreadyDeleted`. */
export function siteKey(tenantId: string, siteId: string): string {
  return `${tenantId}/${siteId.toLowerCase()}`;
}
