import { randomUUID } from "node:crypto";
import { forEachTenant, type Tenant } from "../../../central/index.js";
import {
  classifySiteAddress,
  countVerdicts,
  deleteLocalSites,
  localSiteDeleteHistory,
  lookUpReputations,
  planSiteCleanUp,
  ReputationError,
  settlePendingDeletions,
  type LookupOutcome,
  type ReputationProvider,
  type SiteDeletion,
  type TenantSite,
} from "../../../local-sites/index.js";
import { CliError, UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { OutputFormat } from "../../output/output-format.js";
import { reportTenantFailures } from "../../report-tenant-failures.js";
import { resolveTenants } from "../../tenant-collection.js";
import { intelixFromOptions, type IntelixFlags } from "./intelix-from-options.js";
import { selectedRiskLevels } from "./risk-selection.js";
import { siteReportRows, type SiteReportRow } from "./site-report-row.js";
import { writeReportFile, writeSiteRows } from "./write-site-report.js";

/** Flags of `centralctl local-sites report|clean`. */
export interface SiteCleanUpOptions extends IntelixFlags {
  mode: "report" | "clean";
  tenants: string[];
  risk: string;
  apply: boolean;
  output: OutputFormat;
  outDir?: string;
  reportFile?: string;
  /** Replaces Intelix (tests, other providers). */
  provider?: ReputationProvider;
}

/**
 * `local-sites report|clean`: every tenant's web-control local sites checked against a reputation
 * service (each distinct URL or IP once), one combined report; `clean --apply` deletes the sites
 * `--risk` selects, journaled, and writes the deletion report. Unclassified sites (CIDR ranges,
 * failed lookups) are always kept, and a site an earlier run deleted is never deleted again.
 */
export async function siteCleanUpCommand(
  context: CommandContext,
  options: SiteCleanUpOptions,
): Promise<ExitCodeValue> {
  const selected = selectedRiskLevels(options.risk);
  if (options.apply && options.mode !== "clean")
    throw new UsageError("--apply only goes with `local-sites clean`");
  const apply = options.mode === "clean" && options.apply;
  const provider = options.provider ?? (await intelixFromOptions(context, options));
  try {
    const client = await context.client();
    const tenants = await resolveTenants(context, options.tenants);
    const listing = await forEachTenant(tenants, async (tenant) => {
      const sites: TenantSite[] = [];
      for await (const site of client.forTenant(tenant).localSites())
        sites.push({ tenant: { id: tenant.id, name: tenant.name }, site });
      return sites;
    });
    const sites = listing.results.flatMap((result) => result.value);
    const reputations = await lookUp(provider, sites);

    const journal = apply ? (await context.store()).journal : undefined;
    let alreadyDeleted = new Map<string, number>();
    if (journal) {
      const history = await localSiteDeleteHistory(journal);
      const listed = new Map(
        listing.results.map((r) => [r.tenant.id, new Set(r.value.map((s) => s.site.id.toLowerCase()))]),
      );
      const settled = await settlePendingDeletions(journal, history.pending, listed);
      if (history.pending.length > 0)
        note(
          context,
          `${history.pending.length} deletions left in doubt by an earlier run: ${settled.deleted.size} had happened, ${settled.notDeleted.length} had not, ${settled.unresolved} still unknown`,
        );
      alreadyDeleted = new Map([...history.deleted, ...settled.deleted]);
    }
    const verdicts = planSiteCleanUp(sites, reputations, selected, alreadyDeleted);
    const byId = new Map<string, Tenant>(tenants.map((tenant) => [tenant.id, tenant]));
    const deletions: SiteDeletion[] = journal
      ? await deleteLocalSites(verdicts, {
          journal,
          actor: "cli",
          runId: randomUUID(),
          deleterFor: (tenantId) => {
            const tenant = byId.get(tenantId);
            return tenant ? client.forTenant(tenant) : undefined;
          },
        })
      : [];
    const rows = siteReportRows(verdicts, deletions, apply);
    const kind = apply ? "local-site-deletions" : `local-site-${options.mode}`;
    const files = await writeSiteRows(context, rows, {
      output: options.output,
      kind,
      ...(options.outDir ? { outDir: options.outDir } : {}),
    });

    const lookupFailures = [...reputations.values()].filter((value) => value instanceof Error).length;
    const failedDeletes = rows.filter((row) => row.outcome === "failed").length;
    if (options.reportFile) {
      await writeReportFile(options.reportFile, {
        generatedAt: new Date().toISOString(),
        provider: provider.name,
        risk: options.risk,
        applied: apply,
        totals: { ...countVerdicts(verdicts), ...countOutcomes(rows), failedDeletes },
        distinctLookups: reputations.size,
        lookupFailures,
        sites: rows,
      });
    }
    note(context, summary(rows, tenants.length, reputations.size, apply, options.mode));
    if (files.length > 0) note(context, `wrote ${files.length} ${kind} files to ${options.outDir}`);
    if (listing.failures.length > 0) reportTenantFailures(context, listing.failures, tenants.length);
    if (listing.failures.length === tenants.length && tenants.length > 0) return ExitCode.failure;
    return listing.failures.length > 0 || lookupFailures > 0 || failedDeletes > 0
      ? ExitCode.partial
      : ExitCode.ok;
  } finally {
    await provider.close();
  }
}

async function lookUp(
  provider: ReputationProvider,
  sites: readonly TenantSite[],
): Promise<Map<string, LookupOutcome>> {
  const targets = sites.flatMap(({ site }) => {
    const address = classifySiteAddress(site.url);
    return "key" in address ? [address] : [];
  });
  try {
    return await lookUpReputations(provider, targets);
  } catch (error) {
    if (error instanceof ReputationError && error.kind === "credentials")
      throw new CliError(`${error.message}. Nothing was deleted.`, ExitCode.authentication, { cause: error });
    throw error;
  }
}

function countOutcomes(rows: readonly SiteReportRow[]): Record<string, number> {
  const counts: Record<string, number> = { deleted: 0, failed: 0, skipped: 0, "dry-run": 0 };
  for (const row of rows) counts[row.outcome] = (counts[row.outcome] ?? 0) + 1;
  return counts;
}

function summary(
  rows: readonly SiteReportRow[],
  tenants: number,
  distinct: number,
  apply: boolean,
  mode: string,
): string {
  const counts = countOutcomes(rows);
  const selected = rows.filter((row) => row.action === "delete").length;
  const head = `${rows.length} local sites in ${tenants} tenants, ${distinct} distinct addresses looked up; ${selected} selected`;
  if (apply) return `${head}, ${counts["deleted"]} deleted, ${counts["failed"]} failed`;
  return mode === "clean" ? `${head} (dry run: nothing deleted; add --apply to delete them)` : head;
}

function note(context: CommandContext, line: string): void {
  if (!context.options.quiet) context.terminal.stderr.write(`centralctl: ${line}\n`);
}
