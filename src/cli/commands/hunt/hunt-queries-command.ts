import { builtinQueries, type HuntApi } from "../../../hunt/runner/index.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";

interface QueryRecord {
  api: HuntApi;
  name: string;
  variables: string;
  description: string;
  template?: string;
}

/**
 * `centralctl hunt queries`: the built-in query templates of an API (run ad hoc, nothing is saved in a
 * tenant). json/ndjson include the SQL template.
 */
export async function huntQueriesCommand(
  context: CommandContext,
  options: { api: HuntApi | "both"; output: OutputFormat },
): Promise<ExitCodeValue> {
  const apis: HuntApi[] = options.api === "both" ? ["ld", "xdr"] : [options.api];
  const writer = createRecordWriter<QueryRecord>(options.output, textSinkFor(context.terminal.stdout), [
    { header: "api", value: (q) => q.api },
    { header: "name", value: (q) => q.name },
    { header: "variables", value: (q) => q.variables },
    { header: "description", value: (q) => q.description },
  ]);
  for (const api of apis) {
    for (const q of builtinQueries(api)) {
      const record: QueryRecord = {
        api,
        name: q.name,
        variables: q.variables.map((v) => v.name).join(", "),
        description: q.description,
      };
      if (options.output === "json" || options.output === "ndjson") record.template = q.template;
      await writer.write(record);
    }
  }
  await writer.close();
  return ExitCode.ok;
}
