import { forEachTenant } from "../../../central/for-each-tenant.js";
import {
  builtinQueries,
  readQueryCatalogue,
  type HuntApi,
  type QueryCatalogue,
} from "../../../hunt/runner/index.js";
import type { CommandContext } from "../../context.js";
import { ExitCode, type ExitCodeValue } from "../../exit-codes.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { reportTenantFailures } from "../../report-tenant-failures.js";
import { resolveTenants } from "../../tenant-collection.js";
import { QUERY_COLUMNS, type QueryRecord } from "./query-columns.js";

function catalogueRecords(
  tenant: { id: string; name: string },
  catalogue: QueryCatalogue,
  withTemplate: boolean,
): QueryRecord[] {
  const categoryName = new Map(catalogue.categories.map((c) => [c.id, c.name]));
  return catalogue.queries.map((q) => {
    const categories = (q.categories ?? []).map((c) => ({ id: c.id, name: categoryName.get(c.id) ?? "" }));
    const record: QueryRecord = {
      source: "tenant",
      tenantId: tenant.id,
      tenantName: tenant.name,
      api: catalogue.api,
      id: q.id,
      name: q.name,
      type: q.type ?? "",
      categories,
      variables: (q.variables ?? []).map((v) => v.name).join(", "),
      description: q.description ?? "",
    };
    if (withTemplate && q.template !== undefined) record.template = q.template;
    return record;
  });
}

/**
 * `centralctl hunt queries`: each selected tenant's saved-query catalogue of the API(s) (from `GET
 * /queries` and `/queries/categories`), then centralctl's built-in templates marked `builtin` (run
 * ad hoc, nothing saved in a tenant). json/ndjson include the SQL. A tenant that fails is reported
 * and skipped: exit code partial.
 */
export async function huntQueriesCommand(
  context: CommandContext,
  options: { api: HuntApi | "both"; tenants: string[]; output: OutputFormat },
): Promise<ExitCodeValue> {
  const apis: HuntApi[] = options.api === "both" ? ["ld", "xdr"] : [options.api];
  const withTemplate = options.output === "json" || options.output === "ndjson";
  const client = await context.client();
  const tenants = await resolveTenants(context, options.tenants);
  const writer = createRecordWriter<QueryRecord>(
    options.output,
    textSinkFor(context.terminal.stdout),
    QUERY_COLUMNS,
  );
  const report = await forEachTenant(tenants, async (tenant) => {
    const tenantClient = client.forTenant(tenant);
    return Promise.all(apis.map((api) => readQueryCatalogue(tenantClient, api)));
  });
  for (const { tenant, value } of report.results)
    for (const catalogue of value)
      for (const record of catalogueRecords(tenant, catalogue, withTemplate)) await writer.write(record);
  for (const api of apis) {
    for (const q of builtinQueries(api)) {
      const record: QueryRecord = {
        source: "builtin",
        tenantId: "",
        tenantName: "",
        api,
        id: "",
        name: q.name,
        type: "builtin",
        categories: [],
        variables: q.variables.map((v) => v.name).join(", "),
        description: q.description,
      };
      if (withTemplate) record.template = q.template;
      await writer.write(record);
    }
  }
  await writer.close();
  if (report.failures.length === 0) return ExitCode.ok;
  reportTenantFailures(context, report.failures, tenants.length);
  return report.failures.length === tenants.length ? ExitCode.failure : ExitCode.partial;
}
