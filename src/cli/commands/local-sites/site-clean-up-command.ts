import { writeFile } from "node:fs/promises";
import { forEachTenant } from "../../../central/index.js";
import { resolveSecretValue } from "../../../secrets/index.js";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { Column } from "../../output/column.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { reportTenantFailures } from "../../report-tenant-failures.js";
import { resolveTenants } from "../../tenant-collection.js";
import { createIntelixProvider } from "./intelix-provider.js";
import { lookUpReputations } from "./look-up-reputations.js";
import { countVerdicts, planSiteCleanUp, type SiteVerdict, type TenantSite } from "./plan-site-clean-up.js";
import { selectedRiskLevels } from "./risk-selection.js";
import type { UrlReputationProvider } from "./url-reputation.js";

/** Flags of `centralctl local-sites report|clean`. */
export interface SiteCleanUpOptions {
  mode: "report" | "clean";
  tenants: string[];
  risk: string;
  apply: boolean;
  output: OutputFormat;
  reportFile?: string;
  intelixUrl?: string;
  intelixTokenUrl?: string;
  intelixClientId?: string;
  intelixSecret?: string;
  /** Replaces Intelix (tests, other providers). */
  provider?: UrlReputationProvider;
}

/** A report row: the verdict plus what happened when it was applied. */
type ReportRow = SiteVerdict & { result: "dry-run" | "deleted" | "failed" | "kept"; error?: string };

const COLUMNS: Column<ReportRow>[] = [
  { header: "tenant", value: (row) => row.tenant.name },
  { header: "url", value: (row) => row.url },
  { header: "risk", value: (row) => row.risk },
  { header: "category", value: (row) => row.productivityCategory },
  { header: "action", value: (row) => row.action },
  { header: "result", value: (row) => row.result },
];

/**
 * `local-sites report|clean`: every tenant's web-control local sites checked against a URL
 * reputation service (each distinct URL once), one combined report; `clean --apply` deletes the
 * sites `--risk` selects. Unclassified sites and sites whose lookup failed are always kept.
 */
export async function siteCleanUpCommand(
  context: CommandContext,
  options: SiteCleanUpOptions,
): Promise<ExitCodeValue> {
  const selected = selectedRiskLevels(options.risk);
  if (options.apply && options.mode !== "clean")
    throw new UsageError("--apply only goes with `local-sites clean`");
  const provider = options.provider ?? (await intelixFrom(context, options));
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
    const reputations = await lookUpReputations(
      provider,
      sites.map((entry) => entry.site.url),
    );
    const verdicts = planSiteCleanUp(sites, reputations, selected);

    const apply = options.mode === "clean" && options.apply;
    const rows = apply ? await deleteSelected(context, tenants, verdicts) : verdicts.map(dryRow);
    const writer = createRecordWriter(options.output, textSinkFor(context.terminal.stdout), COLUMNS);
    for (const row of rows) await writer.write(row);
    await writer.close();

    const lookupFailures = [...reputations.values()].filter((value) => value instanceof Error).length;
    const failedDeletes = rows.filter((row) => row.result === "failed").length;
    if (options.reportFile) {
      const report = {
        generatedAt: new Date().toISOString(),
        provider: provider.name,
        risk: options.risk,
        applied: apply,
        totals: {
          ...countVerdicts(verdicts),
          deleted: rows.filter((r) => r.result === "deleted").length,
          failedDeletes,
        },
        distinctUrls: reputations.size,
        lookupFailures,
        sites: rows,
      };
      await writeFile(options.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    }
    note(context, summary(rows, tenants.length, reputations.size, apply, options.mode));
    if (listing.failures.length > 0) reportTenantFailures(context, listing.failures, tenants.length);
    if (listing.failures.length === tenants.length && tenants.length > 0) return ExitCode.failure;
    return listing.failures.length > 0 || lookupFailures > 0 || failedDeletes > 0
      ? ExitCode.partial
      : ExitCode.ok;
  } finally {
    await provider.close();
  }
}

async function deleteSelected(
  context: CommandContext,
  tenants: Awaited<ReturnType<typeof resolveTenants>>,
  verdicts: SiteVerdict[],
): Promise<ReportRow[]> {
  const client = await context.client();
  const journal = (await context.store()).journal;
  const results = new Map<SiteVerdict, ReportRow>();
  await forEachTenant(tenants, async (tenant) => {
    const tenantClient = client.forTenant(tenant);
    for (const verdict of verdicts) {
      if (verdict.tenant.id !== tenant.id || verdict.action !== "delete") continue;
      // Journaled before and after, like every destructive action: a crash leaves a `started` entry.
      const started = await journal.append({
        kind: "local-site.delete",
        actor: "cli",
        tenantId: tenant.id,
        outcome: "started",
        detail: { siteId: verdict.id, url: verdict.url, risk: verdict.risk },
      });
      try {
        const outcome = await tenantClient.deleteLocalSite(verdict.id);
        results.set(verdict, { ...verdict, result: outcome.deleted ? "deleted" : "failed" });
        await journal.complete(started, outcome.deleted ? "succeeded" : "failed");
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        results.set(verdict, { ...verdict, result: "failed", error: message });
        await journal.complete(started, "failed", { error: message });
      }
    }
  });
  return verdicts.map((verdict) => results.get(verdict) ?? { ...verdict, result: "kept" });
}

function dryRow(verdict: SiteVerdict): ReportRow {
  return { ...verdict, result: verdict.action === "delete" ? "dry-run" : "kept" };
}

function summary(rows: ReportRow[], tenants: number, distinct: number, apply: boolean, mode: string): string {
  const selected = rows.filter((row) => row.action === "delete").length;
  const head = `${rows.length} local sites in ${tenants} tenants, ${distinct} distinct URLs looked up; ${selected} selected`;
  if (apply) {
    const deleted = rows.filter((row) => row.result === "deleted").length;
    return `${head}, ${deleted} deleted, ${selected - deleted} failed`;
  }
  return mode === "clean" ? `${head} (dry run: nothing deleted; add --apply to delete them)` : head;
}

function note(context: CommandContext, line: string): void {
  if (!context.options.quiet) context.terminal.stderr.write(`centralctl: ${line}\n`);
}

async function intelixFrom(
  context: CommandContext,
  options: SiteCleanUpOptions,
): Promise<UrlReputationProvider> {
  const env = context.terminal.env;
  const clientId = options.intelixClientId ?? env.INTELIX_CLIENT_ID;
  const secretRef = options.intelixSecret ?? env.INTELIX_CLIENT_SECRET;
  if (!clientId || !secretRef) {
    throw new UsageError(
      "SophosLabs Intelix credentials are missing: set INTELIX_CLIENT_ID and INTELIX_CLIENT_SECRET, or give --intelix-client-id and --intelix-secret env:NAME|file:/path|aws:ID#key",
    );
  }
  const clientSecret = await resolveSecretValue(secretRef, { env, isTTY: context.terminal.stdinIsTTY });
  return createIntelixProvider({
    apiUrl: options.intelixUrl ?? env.INTELIX_API_URL ?? "https://de.api.labs.sophos.com",
    tokenUrl: options.intelixTokenUrl ?? env.INTELIX_TOKEN_URL ?? "https://api.labs.sophos.com/oauth2/token",
    clientId,
    clientSecret,
  });
}
