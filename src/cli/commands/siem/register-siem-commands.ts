import { Option, type Command } from "commander";
import type { CommandGroup } from "../../command-group.js";
import { parseRecordOutput } from "../../output/output-format.js";
import { addCollectionOptions } from "../../output/collection-options.js";
import { sinkFlagsFrom } from "../../output/sink-flags.js";
import type { SiemFeed } from "./poll-siem.js";
import { siemCommand } from "./siem-command.js";

/** `centralctl siem events|alerts`: the SIEM integration API into any output or sink, exactly once. */
export const registerSiemCommands: CommandGroup = (host) => {
  const siem = host.program
    .command("siem")
    .description("SIEM integration API: events and alerts of the last 24 h, each delivered once");
  for (const feed of ["events", "alerts"] as const satisfies readonly SiemFeed[]) {
    const command = siem.command(feed).description(`deliver SIEM ${feed} not delivered by an earlier run`);
    addFeedOptions(command).action(
      async (options: Record<string, unknown> & { tenant: string[]; output: string }) => {
        const controller = new AbortController();
        const stop = (): void => controller.abort();
        if (options["follow"]) process.once("SIGINT", stop).once("SIGTERM", stop);
        try {
          const code = await siemCommand(host.context(), feed, {
            tenants: options.tenant,
            output: parseRecordOutput(options.output),
            sink: sinkFlagsFrom(options),
            signal: controller.signal,
            ...pickStrings(options, ["since", "interval", "limit", "maxPolls", "outDir"]),
            ...(options["follow"] ? { follow: true } : {}),
            ...(options["reset"] ? { reset: true } : {}),
          });
          host.setExitCode(code);
        } finally {
          process.off("SIGINT", stop).off("SIGTERM", stop);
        }
      },
    );
  }
};

function addFeedOptions(command: Command): Command {
  return addCollectionOptions(command, "ndjson")
    .option("--since <when>", "first run of a tenant starts this far back (max 24h)", "12h")
    .option("--follow", "keep polling every --interval until interrupted")
    .option("--interval <duration>", "pause between polls with --follow, e.g. 60s or 5m", "60s")
    .option("--limit <n>", "items per request, 1-1000", "1000")
    .addOption(new Option("--max-polls <n>", "stop --follow after this many polls").hideHelp())
    .option("--reset", "forget the stored cursors of this feed and start again from --since");
}

function pickStrings(options: Record<string, unknown>, keys: string[]): Record<string, string> {
  return Object.fromEntries(
    keys.filter((key) => typeof options[key] === "string").map((key) => [key, options[key] as string]),
  );
}
