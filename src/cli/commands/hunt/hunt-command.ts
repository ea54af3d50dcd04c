import {
  HuntInterruptedError,
  runHunt,
  type HuntApi,
  type HuntApiChoice,
  type HuntResult,
} from "../../../hunt/runner/index.js";
import { CliError, UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import { isSinkOutput, type RecordOutput } from "../../output/output-format.js";
import type { SinkFlags } from "../../output/sink-flags.js";
import { resolveTenants } from "../../tenant-collection.js";
import { HIT_COLUMNS, hitKey, hitRecord } from "./hunt-columns.js";
import { openHitWriter } from "./open-hit-writer.js";
import { readHuntIndicators, usesMisp, type IndicatorSourceFlags } from "./read-hunt-indicators.js";
import { reportHuntProblems } from "./report-hunt-problems.js";
import { saveHuntRun } from "./save-hunt-run.js";
import { sendHitSightings } from "./send-hit-sightings.js";
import { writeConnectorFiles } from "./write-connector-files.js";

/** Flags of `centralctl hunt`. */
export interface HuntFlags extends IndicatorSourceFlags {
  api: HuntApiChoice;
  from?: string;
  to?: string;
  tenants: string[];
  /** A text format for stdout, or a sink (Splunk HEC, webhook) set up by `sink`. */
  output: RecordOutput;
  sink?: SinkFlags;
  outDir?: string;
  newOnly: boolean;
  name: string;
  /** Report each hit back to MISP as a sighting (MISP sources only). */
  mispSightings?: boolean;
  /** Keep the run and its hits in the state store for the dashboard (default true; `--no-save`). */
  save?: boolean;
}

function checkFlags(flags: HuntFlags): void {
  if (flags.outDir !== undefined && (flags.output === "table" || isSinkOutput(flags.output))) {
    throw new UsageError(
      "--out-dir writes the connector's JSON files next to stdout; pick --output json, ndjson or csv",
    );
  }
  if (flags.mispSightings && !usesMisp(flags)) {
    throw new UsageError(
      "--misp-sightings reports hits back to the MISP they came from: use it with --misp-event or --misp-tag",
    );
  }
}

/** Run the hunt; Ctrl-C aborts in-flight requests and cancels the Data Lake runs already started. */
async function huntWithCtrlC(
  context: CommandContext,
  run: (signal: AbortSignal) => Promise<HuntResult>,
): Promise<HuntResult> {
  const controller = new AbortController();
  // Only the first Ctrl-C is ours: a second one finds no listener and ends the process at once.
  const onSigint = (): void => controller.abort(new Error("interrupted (Ctrl-C)"));
  process.once("SIGINT", onSigint);
  try {
    return await run(controller.signal);
  } catch (error) {
    if (error instanceof HuntInterruptedError) throw new CliError(error.message, ExitCode.interrupted);
    throw error;
  } finally {
    process.removeListener("SIGINT", onSigint);
    context.progress.done();
  }
}

/**
 * `centralctl hunt`: hunt indicators across tenants with ad-hoc Live Discover and/or Data Lake
 * queries and write the merged hits to stdout or a sink; optionally report them to MISP as sightings.
 */
export async function huntCommand(context: CommandContext, flags: HuntFlags): Promise<ExitCodeValue> {
  checkFlags(flags);
  const read = await readHuntIndicators(flags, context.terminal.env);
  if (read.indicators.length === 0)
    throw new UsageError("no usable indicators to hunt (see the skipped entries above)");
  for (const s of read.skipped)
    context.logger.warn("indicator skipped", { where: s.where, reason: s.reason });
  const client = await context.client();
  const tenants = await resolveTenants(context, flags.tenants);
  const at = new Date();
  // Opened before the hunt so a misconfigured sink fails in a second, not after a 15-minute hunt.
  const writer = await openHitWriter(context, flags.output, flags.sink ?? {}, HIT_COLUMNS);
  const save = async (found: Pick<HuntResult, "hits" | "failures">, interrupted: boolean): Promise<void> => {
    if (flags.save === false) return;
    await saveHuntRun(context, {
      flags,
      startedAt: at,
      finishedAt: new Date(),
      indicatorCount: read.indicators.length,
      tenantsAsked: tenants.length,
      failures: found.failures,
      hits: found.hits,
      interrupted,
    });
  };
  const result = await huntWithCtrlC(context, (signal) => {
    context.progress.update(
      `hunt: ${read.indicators.length} indicators, ${tenants.length} tenants, api ${flags.api}`,
    );
    return runHunt(client, tenants, read.indicators, {
      api: flags.api,
      signal,
      ...(flags.from === undefined ? {} : { from: flags.from }),
      ...(flags.to === undefined ? {} : { to: flags.to }),
    });
  }).catch(async (error: unknown) => {
    // A sink holds sockets and a spool handle; stdout writers have written nothing yet.
    if (isSinkOutput(flags.output)) await writer.close().catch(() => undefined);
    // An interrupted hunt has no hits to keep, but the run (what was asked, when) is still history.
    if (error instanceof CliError && error.exitCode === ExitCode.interrupted)
      await save({ hits: [], failures: [] }, true);
    throw error;
  });
  let hits = result.hits;
  if (flags.newOnly) {
    const store = await context.store();
    const fresh = new Set(await store.huntHits.filterNew(flags.name, hits.map(hitKey)));
    hits = hits.filter((h) => fresh.has(hitKey(h)));
  }
  for (const hit of hits) await writer.write(hitRecord(hit));
  await writer.close();
  if (flags.outDir !== undefined) {
    const apis: HuntApi[] = flags.api === "both" ? ["ld", "xdr"] : [flags.api];
    await writeConnectorFiles(flags.outDir, apis, read.indicators, { ...result, hits }, at);
  }
  if (flags.newOnly) await (await context.store()).huntHits.remember(flags.name, hits.map(hitKey));
  // After the hits are out, so a store that fails to save costs only the saved copy.
  await save(result, false);
  reportHuntProblems(context, flags, result);
  const sighted = flags.mispSightings ? await sendHitSightings(context, flags, hits, at) : true;
  if (result.failures.length === 0) return sighted ? ExitCode.ok : ExitCode.partial;
  const failedTenants = new Set(result.failures.map((f) => f.tenantId));
  return failedTenants.size === tenants.length ? ExitCode.failure : ExitCode.partial;
}
