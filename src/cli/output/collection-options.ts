import { Option, type Command } from "commander";
import { collectValues } from "../collect-values.js";
import { RECORD_OUTPUTS } from "./output-format.js";
import { addSinkOptions } from "./sink-flags.js";

/**
 * The flags every multi-tenant listing shares: `--tenant`, `--output` (format or sink), `--out-dir`
 * and the sink settings, so that all such commands spell and document them the same way.
 */
export function addCollectionOptions(command: Command, defaultOutput: string): Command {
  return addSinkOptions(
    command
      .option(
        "--tenant <id-or-name>",
        "only this tenant (repeatable); an unknown one is an error",
        collectValues,
        [],
      )
      .addOption(
        new Option("-o, --output <format>", "output format or sink")
          .choices([...RECORD_OUTPUTS])
          .default(defaultOutput),
      )
      .option("--out-dir <dir>", "write one file per tenant and kind into this directory instead of stdout"),
  );
}
