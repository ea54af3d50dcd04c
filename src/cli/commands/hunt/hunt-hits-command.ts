import { failedTenantCount, parseHuntRunId } from "../../../store/hunt-run-repository.js";
import type { HuntHitQuery, HuntRun, HuntRunHit, Store } from "../../../store/index.js";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { HIT_COLUMNS } from "./hunt-columns.js";
import { selectHitTenants } from "./select-hit-tenants.js";

/** Hits read from the store at a time: a large run streams through bounded memory. */
const PAGE = 1000;

/** Flags of `centralctl hunt hits ID`. */
export interface HuntHitsOptions {
  /** The run id as typed. */
  id: string;
  /** `--tenant` values: ids or names; empty means every tenant. */
  tenants: string[];
  /** Part of the hostname (any case). */
  hostname?: string;
  /** Part of the indicator value (any case). */
  indicator?: string;
  output: OutputFormat;
}

/**
 * `centralctl hunt hits ID`: the hits of one saved run, in the order the hunt wrote them, as the same
 * records and columns `centralctl hunt` prints. An id that is not a saved run is a usage error.
 */
export async function huntHitsCommand(
  context: CommandContext,
  options: HuntHitsOptions,
): Promise<ExitCodeValue> {
  const store = await context.store();
  const run = await savedRun(store, options.id);
  const runId = run.id;
  if (!context.options.quiet) {
    // Said up front so that a short or empty list is not mistaken for a clean estate.
    const failed = failedTenantCount(run);
    if (run.interrupted)
      context.terminal.stderr.write(`centralctl: run ${runId} was interrupted (Ctrl-C): it holds no hits\n`);
    else if (failed > 0)
      context.terminal.stderr.write(
        `centralctl: ${failed} of ${run.tenantsAsked} tenants failed in run ${runId}; their hits are missing ` +
          "(`centralctl hunt history -o json` has the reasons)\n",
      );
  }
  const filter: Omit<HuntHitQuery, "limit" | "offset"> = {
    ...(options.hostname ? { hostname: options.hostname } : {}),
    ...(options.indicator ? { indicator: options.indicator } : {}),
  };
  let tenantIds: Array<string | undefined> = [undefined];
  if (options.tenants.length > 0) {
    const selection = selectHitTenants(options.tenants, await store.huntRuns.hitTenants(runId));
    tenantIds = selection.tenantIds;
    if (selection.unmatched.length > 0 && !context.options.quiet)
      context.terminal.stderr.write(
        `centralctl: run ${runId} has no hits from tenant ${selection.unmatched.map((v) => `"${v}"`).join(", ")} ` +
          "(--tenant takes a tenant id or its whole name)\n",
      );
  }
  // The stored hit is the record `centralctl hunt` wrote, so its columns apply unchanged.
  const writer = createRecordWriter<HuntRunHit>(
    options.output,
    textSinkFor(context.terminal.stdout),
    HIT_COLUMNS,
  );
  for (const tenantId of tenantIds) {
    for (let offset = 0; ; offset += PAGE) {
      const query = { ...filter, ...(tenantId === undefined ? {} : { tenantId }), limit: PAGE, offset };
      const { hits } = await store.huntRuns.hits(runId, query);
      for (const hit of hits) await writer.write(hit);
      if (hits.length < PAGE) break;
    }
  }
  await writer.close();
  return ExitCode.ok;
}

/** The saved run an id names, or a usage error naming the store and how to list its runs. */
async function savedRun(store: Store, id: string): Promise<HuntRun> {
  const n = parseHuntRunId(id.trim());
  if (n === undefined)
    throw new UsageError(
      `hunt hits "${id}": a run id is a whole number; list them with \`centralctl hunt history\``,
    );
  const run = await store.huntRuns.get(n);
  if (run === undefined)
    throw new UsageError(
      `hunt hits ${n}: no saved hunt run has that id in the state store ${store.location}; list the ` +
        "saved runs with `centralctl hunt history`, or pass --state for another store",
    );
  return run;
}
