import { runSavedQuery, type HuntApi } from "../../../hunt/runner/index.js";
import { UsageError } from "../../cli-error.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { Column } from "../../output/column.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { resolveTenants } from "../../tenant-collection.js";

/** Flags of `centralctl hunt --query NAME --var NAME=VALUE`. */
export interface SavedQueryFlags {
  query: string;
  vars: string[];
  api: HuntApi | "both";
  from?: string;
  to?: string;
  tenants: string[];
  output: OutputFormat;
}

/** `NAME=VALUE` flags as a map; the name may contain spaces (Sophos variable names do). */
export function parseVars(vars: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of vars) {
    const at = v.indexOf("=");
    if (at <= 0) throw new UsageError(`--var "${v}" must be NAME=VALUE`);
    out[v.slice(0, at)] = v.slice(at + 1);
  }
  return out;
}

/** Run a saved query by name on every selected tenant and print its rows with their tenant. */
export async function savedQueryCommand(
  context: CommandContext,
  flags: SavedQueryFlags,
): Promise<ExitCodeValue> {
  if (flags.api === "both") throw new UsageError("--query runs on one API: give --api ld or --api xdr");
  const variables = parseVars(flags.vars);
  const client = await context.client();
  const tenants = await resolveTenants(context, flags.tenants);
  const result = await runSavedQuery(client, tenants, {
    api: flags.api,
    name: flags.query,
    variables,
    ...(flags.from === undefined ? {} : { from: flags.from }),
    ...(flags.to === undefined ? {} : { to: flags.to }),
  });
  const keys = [...new Set(result.rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== "tenantId");
  const columns: Column<Record<string, unknown>>[] = keys.map((k) => ({
    header: k,
    value: (r) =>
      r[k] === undefined || r[k] === null
        ? undefined
        : typeof r[k] === "object"
          ? JSON.stringify(r[k])
          : (r[k] as string),
  }));
  const writer = createRecordWriter(flags.output, textSinkFor(context.terminal.stdout), columns);
  for (const row of result.rows) await writer.write(row);
  await writer.close();
  for (const f of result.failures)
    context.terminal.stderr.write(
      `centralctl: query "${flags.query}" failed for ${f.tenantName} (${f.tenantId}): ${f.message}\n`,
    );
  if (result.failures.length === 0) return ExitCode.ok;
  return result.failures.length === tenants.length ? ExitCode.failure : ExitCode.partial;
}
