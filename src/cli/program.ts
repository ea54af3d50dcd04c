import { Command, CommanderError, Option } from "commander";
import { alertsCommand } from "./commands/alerts.js";
import { DEFAULT_DASHBOARD_PORT } from "./commands/dashboard/dashboard-command.js";
import { demoCommand } from "./commands/demo.js";
import { inventoryCommand } from "./commands/inventory.js";
import { LISTINGS, listingCommand } from "./commands/listings.js";
import { simCommand } from "./commands/sim.js";
import { tenantsCommand } from "./commands/tenants.js";
import { UsageError } from "./cli-error.js";
import { COMMAND_GROUPS } from "./command-groups.js";
import { createCommandContext, type CommandContext, type Terminal } from "./context.js";
import type { ExitCodeValue } from "./exit-codes.js";
import type { GlobalOptions } from "./global-options.js";
import { OUTPUT_FORMATS, parseOutputFormat, parseRecordOutput } from "./output/output-format.js";
import { addCollectionOptions } from "./output/collection-options.js";
import { sinkFlagsFrom } from "./output/sink-flags.js";
import { collectValues as collect } from "./collect-values.js";
import { parseIntegerFlag } from "./parse-time.js";

/**
 * Parse `argv` and run the chosen command. This module only parses arguments: each command is a
 * typed function in `commands/`, and only `main.ts` calls `process.exit`.
 */
export async function runCli(argv: string[], terminal: Terminal): Promise<ExitCodeValue> {
  let result: ExitCodeValue = 0;
  let context: CommandContext | undefined;
  const program = new Command("centralctl")
    .description("Sophos Central from the command line: estate hygiene, IOC hunting, connectors, simulator")
    .version("0.1.0")
    .option("--config <file>", "configuration file (default: $CENTRALCTL_CONFIG or the user config dir)")
    .option("--id-url <url>", "token service base URL (default: $CENTRALCTL_ID_URL or https://id.sophos.com)")
    .option(
      "--api-url <url>",
      "global API base URL (default: $CENTRALCTL_API_URL or https://api.central.sophos.com)",
    )
    .option("--state <file>", "state store (SQLite) path (default: $CENTRALCTL_STATE or the user data dir)")
    .option("--ca-file <file>", "extra CA bundle (PEM) for TLS-inspecting proxies")
    .option("--proxy <url>", "HTTPS proxy (default: $HTTPS_PROXY, honouring $NO_PROXY)")
    .option("--concurrency <n>", "most requests in flight across all tenants", (v) =>
      parseIntegerFlag("--concurrency", v, 1, 512),
    )
    .option("-v, --verbose", "debug logging on stderr")
    .option("-q, --quiet", "no progress and no warnings on stderr")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => terminal.stdout.write(text),
      writeErr: (text) => terminal.stderr.write(text),
    })
    .showSuggestionAfterError(true);

  const contextFor = (): CommandContext =>
    (context ??= createCommandContext(terminal, program.opts<GlobalOptions>()));
  const withTenants = (command: Command): Command => addCollectionOptions(command, "table");
  const target = (options: { tenant: string[]; output: string; outDir?: string }) => ({
    tenants: options.tenant,
    output: parseRecordOutput(options.output),
    ...(options.outDir ? { outDir: options.outDir } : {}),
    sink: sinkFlagsFrom(options),
  });

  program
    .command("tenants")
    .description("list the tenants these credentials reach")
    .option("--tenant <id-or-name>", "only this tenant (repeatable)", collect, [])
    .addOption(
      new Option("-o, --output <format>", "output format").choices([...OUTPUT_FORMATS]).default("table"),
    )
    .action(async (options) => {
      result = await tenantsCommand(contextFor(), {
        tenants: options.tenant,
        output: parseOutputFormat(options.output),
      });
    });

  withTenants(program.command("inventory").description("list endpoints of every tenant (streamed)"))
    .option("--last-seen-before <when>", "only devices last seen before: 90d, 12h, -P90D or an ISO date")
    .option("--last-seen-after <when>", "only devices last seen after (same formats)")
    .option("--health <status>", "good, suspicious, bad, unknown (repeatable or comma-separated)", collect)
    .option("--type <type>", "computer, server, securityVm (repeatable or comma-separated)", collect)
    .option("--hostname-contains <text>", "only hostnames containing this text")
    .option("--online", "only devices online now")
    .option("--offline", "only devices offline now")
    .option("--view <view>", "basic, summary or full", "full")
    .action(async (options) => {
      if (options.online && options.offline) throw new UsageError("give --online or --offline, not both");
      result = await inventoryCommand(contextFor(), {
        ...target(options),
        ...pick(options, ["lastSeenBefore", "lastSeenAfter", "health", "type", "hostnameContains", "view"]),
        ...(options.online ? { online: true } : options.offline ? { online: false } : {}),
      });
    });

  withTenants(program.command("alerts").description("list alerts, or poll for new ones exactly once"))
    .option("--days <n>", "alerts raised in the last N days, 1-90 (default 1)")
    .option("--from <when>", "raised at or after (ISO date or age like 7d)")
    .option("--to <when>", "raised before (ISO date or age)")
    .option("--severity <level>", "high, medium, low (repeatable or comma-separated)", collect)
    .option("--category <name>", "alert category (repeatable)", collect)
    .option("--product <name>", "product (repeatable)", collect)
    .option(
      "--poll",
      "deliver only alerts not delivered by an earlier --poll (cursor kept in the state store)",
    )
    .option("--reset", "forget the --poll cursor and start over")
    .action(async (options) => {
      result = await alertsCommand(contextFor(), {
        ...target(options),
        ...pick(options, ["days", "from", "to", "severity", "category", "product", "poll", "reset"]),
      });
    });

  for (const [name, listing] of Object.entries(LISTINGS)) {
    withTenants(program.command(name).description(`list ${name.replace("-", " ")} of every tenant`)).action(
      async (options) => {
        result = await listingCommand(
          contextFor(),
          listing as Parameters<typeof listingCommand>[1],
          target(options),
        );
      },
    );
  }

  program
    .command("sim")
    .description("run the Sophos Central simulator; prints one JSON line with its URLs and credentials")
    .option("--port <n>", "port to listen on (default: any free port)", (v) =>
      parseIntegerFlag("--port", v, 0, 65535),
    )
    .option("--seed <n>", "seed of the generated estate", (v) => parseIntegerFlag("--seed", v, 0, 2 ** 31), 1)
    .option("--tenants <n>", "tenants to generate", (v) => parseIntegerFlag("--tenants", v, 1, 100_000), 5)
    .option(
      "--endpoints <n>",
      "endpoints per tenant",
      (v) => parseIntegerFlag("--endpoints", v, 0, 10_000_000),
      200,
    )
    .option("--estate <file>", "load the estate from this JSON file instead of generating it")
    .option("--dump-estate <file>", "write the estate to this file at start and again when stopped")
    .option(
      "--directory-out <file>",
      "write the estate's AD directory as a Get-ADComputer CSV here (VIP list beside it)",
    )
    .option(
      "--latency-ms <n>",
      "delay every response",
      (v) => parseIntegerFlag("--latency-ms", v, 0, 600_000),
      0,
    )
    .option("--fault-rate <r>", "share of requests failing with 5xx or a reset (0-1)", parseRate, 0)
    .option("--rate-limit <n>", "requests per second per tenant before 429", (v) =>
      parseIntegerFlag("--rate-limit", v, 1, 1_000_000),
    )
    .option(
      "--token-ttl <s>",
      "token lifetime in seconds",
      (v) => parseIntegerFlag("--token-ttl", v, 1, 86_400),
      3600,
    )
    .action(async (options) => {
      result = await simCommand(contextFor(), options);
    });

  program
    .command("demo")
    .description("start the simulator in-process and show what centralctl does on a seeded estate")
    .option("--seed <n>", "seed of the demo estate", (v) => parseIntegerFlag("--seed", v, 0, 2 ** 31), 7)
    .option("--dashboard", "then serve the dashboard over the demo's state and simulator until Ctrl-C", false)
    .option(
      "--port <n>",
      "the dashboard's port with --dashboard (default 7878; 0 = any free port)",
      (v) => parseIntegerFlag("--port", v, 0, 65535),
      DEFAULT_DASHBOARD_PORT,
    )
    .action(async (options) => {
      result = await demoCommand(contextFor(), options);
    });

  for (const register of COMMAND_GROUPS) {
    register({ program, context: contextFor, setExitCode: (code) => (result = code) });
  }

  try {
    await program.parseAsync(argv, { from: "user" });
    return result;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; anything else is a usage error already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  } finally {
    await context?.close();
  }
}

function parseRate(value: string): number {
  const rate = Number(value);
  if (!(rate >= 0 && rate <= 1)) throw new UsageError(`--fault-rate "${value}" must be a number from 0 to 1`);
  return rate;
}

function pick<T extends Record<string, unknown>, K extends string>(
  object: T,
  keys: K[],
): Partial<Record<K, never>> {
  return Object.fromEntries(
    keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]),
  ) as Partial<Record<K, never>>;
}
