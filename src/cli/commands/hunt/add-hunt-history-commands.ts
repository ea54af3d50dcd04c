import type { Command } from "commander";
import { UsageError } from "../../cli-error.js";
import type { CommandGroupHost } from "../../command-group.js";
import { parseOutputFormat } from "../../output/output-format.js";
import { parseIntegerFlag } from "../../parse-time.js";
import { DEFAULT_HISTORY_LIMIT, huntHistoryCommand } from "./hunt-history-command.js";
import { huntHitsCommand } from "./hunt-hits-command.js";
import { huntPruneCommand } from "./hunt-prune-command.js";

/**
 * Adds `hunt history` (saved runs; `--prune-older-than` forgets old ones) and `hunt hits ID` (one
 * run's hits) under `hunt`. `-o` and `--tenant` are the parent's options: commander parses a known
 * parent option wherever it appears, so the subcommands read them from `hunt.opts()`.
 */
export function addHuntHistoryCommands(hunt: Command, host: Omit<CommandGroupHost, "program">): void {
  const { context, setExitCode } = host;
  hunt
    .command("history")
    .description(
      "the hunt runs saved in the state store, newest first (-o table|json|ndjson|csv); --prune-older-than AGE deletes old ones (with --apply)",
    )
    .option("--limit <n>", `show at most this many runs (default ${DEFAULT_HISTORY_LIMIT})`)
    .option(
      "--prune-older-than <age>",
      "runs that finished before this age (90d, 12h, 2w) or date go (dry run)",
    )
    .option(
      "--apply",
      "with --prune-older-than: delete them (and their hits); journaled as hunt.prune",
      false,
    )
    .action(async (options: { limit?: string; pruneOlderThan?: string; apply: boolean }) => {
      const parent = hunt.opts();
      const output = parseOutputFormat(parent["output"] as string);
      if ((parent["tenant"] as string[]).length > 0)
        throw new UsageError("--tenant filters the hits of one run: centralctl hunt hits ID --tenant NAME");
      if (options.pruneOlderThan !== undefined) {
        if (options.limit !== undefined)
          throw new UsageError("--limit does not go with --prune-older-than: every run old enough is pruned");
        setExitCode(
          await huntPruneCommand(context(), {
            olderThan: options.pruneOlderThan,
            apply: options.apply,
            output,
          }),
        );
        return;
      }
      if (options.apply)
        throw new UsageError(
          "--apply needs --prune-older-than AGE: centralctl hunt history --prune-older-than 90d --apply",
        );
      const limit =
        options.limit === undefined
          ? DEFAULT_HISTORY_LIMIT
          : parseIntegerFlag("--limit", options.limit, 1, 1_000_000);
      setExitCode(await huntHistoryCommand(context(), { limit, output }));
    });
  hunt
    .command("hits")
    .description(
      "the hits of one saved hunt run (ids from `hunt history`), as `centralctl hunt` printed them; also takes --tenant ID-or-NAME (repeatable) and -o table|json|ndjson|csv",
    )
    .argument("<id>", "the run's id")
    .option("--hostname <text>", "only endpoints whose hostname contains this (any case)")
    .option("--indicator <text>", "only indicators containing this (any case)")
    .action(async (id: string, options: { hostname?: string; indicator?: string }) => {
      const parent = hunt.opts();
      setExitCode(
        await huntHitsCommand(context(), {
          id,
          tenants: parent["tenant"] as string[],
          output: parseOutputFormat(parent["output"] as string),
          ...options,
        }),
      );
    });
}
