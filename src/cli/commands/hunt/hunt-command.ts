import { runHunt, type HuntApi, type HuntApiChoice, type HuntResult } from "../../../hunt/runner/index.js";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { resolveTenants } from "../../tenant-collection.js";
import { HIT_COLUMNS, hitKey, hitRecord } from "./hunt-columns.js";
import { readHuntIndicators, type IndicatorSourceFlags } from "./read-hunt-indicators.js";
import { writeConnectorFiles } from "./write-connector-files.js";

/** Flags of `centralctl hunt`. */
export interface HuntFlags extends IndicatorSourceFlags {
  api: HuntApiChoice;
  from?: string;
  to?: string;
  tenants: string[];
  output: OutputFormat;
  outDir?: string;
  newOnly: boolean;
  name: string;
}

const quote = (s: string): string => (/^[\w./:@%-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** The same hunt on the Data Lake for one tenant: what covers endpoints Live Discover cannot reach. */
function xdrCommand(flags: HuntFlags, tenantId: string): string {
  const source =
    flags.iocs !== undefined
      ? [`--iocs ${quote(flags.iocs)}`]
      : [
          ...(flags.mispEvent ?? []).map((e) => `--misp-event ${quote(e)}`),
          ...(flags.mispTag ?? []).map((t) => `--misp-tag ${quote(t)}`),
        ];
  return ["centralctl hunt --api xdr", `--tenant ${tenantId}`, ...source].join(" ");
}

function reportProblems(context: CommandContext, flags: HuntFlags, result: HuntResult): void {
  const err = (line: string): void => void context.terminal.stderr.write(`centralctl: ${line}\n`);
  if (result.skipped.length > 0) {
    err(
      `${result.skipped.length} CIDR indicators skipped (a query cannot compare networks): ${result.skipped.map((i) => i.value).join(", ")}`,
    );
  }
  for (const f of result.failures)
    err(`hunt ${f.api} failed for ${f.tenantName} (${f.tenantId}): ${f.message}`);
  const byTenant = new Map<string, typeof result.unreachable>();
  for (const u of result.unreachable) byTenant.set(u.tenantId, [...(byTenant.get(u.tenantId) ?? []), u]);
  for (const [tenantId, list] of byTenant) {
    const cover =
      flags.api === "both"
        ? "this hunt's Data Lake runs covered them"
        : `the Data Lake covers them: ${xdrCommand(flags, tenantId)}`;
    err(
      `Live Discover could not reach ${list.length} offline endpoints of ${list[0]!.tenantName}: ` +
        `${list.map((u) => u.hostname).join(", ")}; ${cover}`,
    );
  }
}

/**
 * `centralctl hunt`: hunt indicators across tenants with ad-hoc Live Discover and/or Data Lake
 * queries and print the merged hits. Ctrl-C cancels the Data Lake runs already started.
 */
export async function huntCommand(context: CommandContext, flags: HuntFlags): Promise<ExitCodeValue> {
  if (flags.outDir !== undefined && flags.output === "table") {
    throw new UsageError(
      "--out-dir writes the connector's JSON files; leave out --output table or pick json/ndjson/csv for stdout",
    );
  }
  const read = await readHuntIndicators(flags, context.terminal.env);
  if (read.indicators.length === 0)
    throw new UsageError("no usable indicators to hunt (see the skipped entries above)");
  for (const s of read.skipped)
    context.logger.warn("indicator skipped", { where: s.where, reason: s.reason });
  const client = await context.client();
  const tenants = await resolveTenants(context, flags.tenants);
  const controller = new AbortController();
  const onSigint = (): void =>
    controller.abort(new UsageError("hunt interrupted; started Data Lake runs were canceled"));
  process.once("SIGINT", onSigint);
  let result: HuntResult;
  const at = new Date();
  try {
    context.progress.update(
      `hunt: ${read.indicators.length} indicators, ${tenants.length} tenants, api ${flags.api}`,
    );
    result = await runHunt(client, tenants, read.indicators, {
      api: flags.api,
      signal: controller.signal,
      ...(flags.from === undefined ? {} : { from: flags.from }),
      ...(flags.to === undefined ? {} : { to: flags.to }),
    });
  } finally {
    process.removeListener("SIGINT", onSigint);
    context.progress.done();
  }
  let hits = result.hits;
  if (flags.newOnly) {
    const store = await context.store();
    const fresh = new Set(await store.huntHits.filterNew(flags.name, hits.map(hitKey)));
    hits = hits.filter((h) => fresh.has(hitKey(h)));
  }
  const writer = createRecordWriter(flags.output, textSinkFor(context.terminal.stdout), HIT_COLUMNS);
  for (const hit of hits) await writer.write(hitRecord(hit));
  await writer.close();
  if (flags.outDir !== undefined) {
    const apis: HuntApi[] = flags.api === "both" ? ["ld", "xdr"] : [flags.api];
    await writeConnectorFiles(flags.outDir, apis, read.indicators, { ...result, hits }, at);
  }
  if (flags.newOnly) await (await context.store()).huntHits.remember(flags.name, hits.map(hitKey));
  reportProblems(context, flags, result);
  if (result.failures.length === 0) return ExitCode.ok;
  const failedTenants = new Set(result.failures.map((f) => f.tenantId));
  return failedTenants.size === tenants.length ? ExitCode.failure : ExitCode.partial;
}
