import { Option } from "commander";
import type { HuntApiChoice } from "../../../hunt/runner/index.js";
import { UsageError } from "../../cli-error.js";
import { collectValues as repeat } from "../../collect-values.js";
import type { CommandGroup } from "../../command-group.js";
import {
  isSinkOutput,
  parseOutputFormat,
  parseRecordOutput,
  RECORD_OUTPUTS,
} from "../../output/output-format.js";
import { addSinkOptions, sinkFlagsFrom } from "../../output/sink-flags.js";
import { addHuntHistoryCommands } from "./add-hunt-history-commands.js";
import { huntCommand } from "./hunt-command.js";
import { huntQueriesCommand } from "./hunt-queries-command.js";
import { savedQueryCommand, type SavedQueryFlags } from "./saved-query-command.js";

/** The parent's options as `hunt --query` / `hunt run` take them; hits-only flags are refused. */
function savedQueryFlags(options: Record<string, unknown>): SavedQueryFlags {
  if (options["query"] === undefined)
    throw new UsageError("hunt run needs --query NAME (and --var NAME=VALUE)");
  const output = parseRecordOutput(options["output"] as string);
  if (isSinkOutput(output))
    throw new UsageError(
      `--output ${output} delivers hunt hits; the rows of --query go to stdout (table, json, ndjson, csv)`,
    );
  if (options["mispSightings"] === true)
    throw new UsageError("--misp-sightings reports indicator hits; it does not apply to --query");
  return {
    ...(options as { from?: string; to?: string }),
    query: options["query"] as string,
    vars: (options["var"] as string[] | undefined) ?? [],
    api: options["api"] as HuntApiChoice,
    tenants: options["tenant"] as string[],
    output: parseOutputFormat(output),
  };
}

/**
 * Adds `centralctl hunt` (IOC hunting over Live Discover and the Data Lake), `hunt queries`, `hunt run`,
 * and the saved runs: `hunt history` and `hunt hits ID`.
 */
export const registerHuntCommands: CommandGroup = ({ program, context, setExitCode }) => {
  const hunt = program
    .command("hunt")
    .description("hunt indicators of compromise across tenants (Live Discover and/or XDR Data Lake)")
    .option("--iocs <file-or-json>", "IOC JSON, STIX or CSV file, or inline IOC JSON")
    .option("--misp-event <id>", "MISP event to hunt (repeatable)", repeat)
    .option("--misp-tag <tag>", "MISP tag to hunt (repeatable; % is a wildcard)", repeat)
    .option("--misp-url <url>", "MISP base URL (default MISP_URL; key from MISP_API_KEY)")
    .option("--misp-sightings", "report each hit back to MISP as a sighting (one per attribute and endpoint)")
    .addOption(new Option("--api <api>", "which query API").choices(["ld", "xdr", "both"]).default("xdr"))
    .option("--from <time>", "Data Lake range start (ISO time, date or ISO-8601 duration such as P7D)")
    .option("--to <time>", "Data Lake range end")
    .option("--tenant <id-or-name>", "only this tenant (repeatable)", repeat, [])
    .addOption(
      new Option("-o, --output <format>", "output format, or sink for the hits")
        .choices([...RECORD_OUTPUTS])
        .default("table"),
    )
    .option("--out-dir <dir>", "also write the connector's <api>_search/result/endpoint_data_<ts>.json files")
    .option("--new-only", "report only hits not reported before for this hunt --name", false)
    .option("--name <name>", "hunt name for --new-only and the saved run", "default")
    .option("--no-save", "do not keep this run and its hits in the state store (the dashboard's Hunts page)")
    .option("--query <name>", "instead of indicators: run this saved query of the tenants' catalogue")
    .option("--var <name=value>", "a variable of --query (repeatable)", (v: string, p: string[] = []) => [
      ...p,
      v,
    ]);
  addSinkOptions(hunt).action(async (options) => {
    if (options["query"] !== undefined) {
      setExitCode(await savedQueryCommand(context(), savedQueryFlags(options)));
      return;
    }
    setExitCode(
      await huntCommand(context(), {
        ...options,
        api: options["api"] as HuntApiChoice,
        tenants: options["tenant"] as string[],
        output: parseRecordOutput(options["output"] as string),
        sink: sinkFlagsFrom(options),
        newOnly: options["newOnly"] === true,
        name: options["name"] as string,
        mispSightings: options["mispSightings"] === true,
        save: options["save"] !== false,
      }),
    );
  });
  hunt
    .command("queries")
    .description(
      "list each selected tenant's saved queries (and categories) plus the built-in templates; uses the parent's --api, --tenant and --output",
    )
    .action(async () => {
      const options = hunt.opts();
      setExitCode(
        await huntQueriesCommand(context(), {
          api: options["api"] as HuntApiChoice,
          tenants: options["tenant"] as string[],
          output: parseOutputFormat(options["output"] as string),
        }),
      );
    });
  hunt
    .command("run")
    .description("run a saved query of each tenant's catalogue: hunt run --query NAME --var NAME=VALUE")
    .action(async () => {
      // --query and --var belong to `hunt` itself (commander gives parent options precedence), so
      // `run` reads them from there; it exists to say the intent in scripts.
      setExitCode(await savedQueryCommand(context(), savedQueryFlags(hunt.opts())));
    });
  addHuntHistoryCommands(hunt, { context, setExitCode });
};
