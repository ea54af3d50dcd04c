import type { SiteDeletion, SiteVerdict } from "../../../local-sites/index.js";
import type { Column } from "../../output/column.js";

/**
 * One row of the combined report and, with `clean --apply`, of the deletion report: the site, its
 * reputation, and what happened. `dry-run` is a selected site left alone without `--apply`;
 * `skipped` is every site not deleted on purpose, with the reason.
 */
export interface SiteReportRow {
  tenantId: string;
  tenantName: string;
  siteId: string;
  url: string;
  lookup: SiteVerdict["lookup"];
  risk: SiteVerdict["risk"];
  categories: string[];
  productivityCategory: string | undefined;
  securityCategory: string | undefined;
  action: SiteVerdict["action"];
  outcome: "dry-run" | "deleted" | "failed" | "skipped";
  reason: string;
}

/** Columns of the table and CSV forms. */
export const SITE_REPORT_COLUMNS: Column<SiteReportRow>[] = [
  { header: "tenant", value: (row) => row.tenantName },
  { header: "siteId", value: (row) => row.siteId },
  { header: "url", value: (row) => row.url },
  { header: "risk", value: (row) => row.risk },
  { header: "categories", value: (row) => row.categories.join(" ") },
  { header: "outcome", value: (row) => row.outcome },
  { header: "reason", value: (row) => row.reason },
];

/** Rows for every verdict, with the deletions' outcomes when the clean-up was applied. */
export function siteReportRows(
  verdicts: readonly SiteVerdict[],
  deletions: readonly SiteDeletion[],
  applied: boolean,
): SiteReportRow[] {
  const done = new Map(deletions.map((deletion) => [deletion.verdict, deletion]));
  return verdicts.map((verdict) => {
    const deletion = done.get(verdict);
    const outcome: SiteReportRow["outcome"] =
      verdict.action === "keep"
        ? "skipped"
        : !applied
          ? "dry-run"
          : deletion?.outcome === "deleted"
            ? "deleted"
            : "failed";
    const reason =
      outcome === "failed"
        ? `${verdict.reason}; delete failed: ${deletion?.error ?? "not attempted"}`
        : outcome === "dry-run"
          ? `${verdict.reason}; dry run, add --apply to delete`
          : verdict.reason;
    return {
      tenantId: verdict.tenant.id,
      tenantName: verdict.tenant.name,
      siteId: verdict.id,
      url: verdict.url,
      lookup: verdict.lookup,
      risk: verdict.risk,
      categories: verdict.categories,
      productivityCategory: verdict.productivityCategory,
      securityCategory: verdict.securityCategory,
      action: verdict.action,
      outcome,
      reason,
    };
  });
}
