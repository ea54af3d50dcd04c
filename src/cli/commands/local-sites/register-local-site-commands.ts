import { Command, Option } from "commander";
import type { CommandGroup } from "../../command-group.js";
import { parseOutputFormat } from "../../output/output-format.js";
import { RISK_CHOICES } from "../../../local-sites/index.js";
import { siteCleanUpCommand } from "./site-clean-up-command.js";

/**
 * `centralctl local-sites report|clean`, added under the existing `local-sites` listing command
 * (which keeps working as before when no subcommand is given).
 */
export const registerLocalSiteCommands: CommandGroup = (host) => {
  const parent =
    host.program.commands.find((command) => command.name() === "local-sites") ??
    host.program.command("local-sites").description("web-control local sites");
  for (const mode of ["report", "clean"] as const) {
    const command = new Command(mode)
      .description(
        mode === "report"
          ? "check every tenant's local sites (URLs, domains, IPs) against a reputation service; one combined report"
          : "delete local sites of the chosen risk (dry run unless --apply); unclassified sites and CIDR ranges are kept",
      )
      .addOption(
        new Option(
          "--risk <level>",
          "risk to select: high, high_medium, medium, low, all (never unclassified)",
        )
          .choices([...RISK_CHOICES])
          .default(mode === "report" ? "all" : "high"),
      )
      .option("--report-file <file>", "also write the combined report (JSON, with totals) to this file")
      .option(
        "--intelix-url <url>",
        "Intelix lookup API (default $INTELIX_API_URL or https://de.api.labs.sophos.com)",
      )
      .option(
        "--intelix-token-url <url>",
        "Intelix token endpoint (default https://api.labs.sophos.com/oauth2/token)",
      )
      .option("--intelix-client-id <id>", "Intelix client id (default $INTELIX_CLIENT_ID)")
      .option("--intelix-secret <ref>", "Intelix client secret reference (default $INTELIX_CLIENT_SECRET)");
    if (mode === "clean")
      command.option(
        "--apply",
        "really delete the selected sites (journaled; see `centralctl audit --kind local-site.delete`)",
      );
    command.action(async (_options: unknown, self: Command) => {
      // `--tenant` and `--output` belong to the parent listing command; read them from there too.
      const options = self.optsWithGlobals<Record<string, unknown>>();
      const code = await siteCleanUpCommand(host.context(), {
        mode,
        tenants: (options["tenant"] as string[] | undefined) ?? [],
        risk: String(options["risk"]),
        apply: options["apply"] === true,
        output: parseOutputFormat(typeof options["output"] === "string" ? options["output"] : "table"),
        ...strings(options, [
          "outDir",
          "reportFile",
          "intelixUrl",
          "intelixTokenUrl",
          "intelixClientId",
          "intelixSecret",
        ]),
      });
      host.setExitCode(code);
    });
    parent.addCommand(command);
  }
};

function strings(options: Record<string, unknown>, keys: string[]): Record<string, string> {
  return Object.fromEntries(
    keys.filter((key) => typeof options[key] === "string").map((key) => [key, options[key] as string]),
  );
}
