import type { Tenant } from "../../central/types.js";
import type { CommandContext } from "../context.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import type { Column } from "../output/column.js";
import type { OutputFormat } from "../output/output-format.js";
import { createRecordWriter } from "../output/record-writer.js";
import { textSinkFor } from "../output/text-sink.js";
import { resolveTenants } from "../tenant-collection.js";

/** Columns of the table and CSV output. */
export const TENANT_COLUMNS: Column<Tenant>[] = [
  { header: "id", value: (t) => t.id },
  { header: "name", value: (t) => t.name },
  { header: "showAs", value: (t) => t.showAs },
  { header: "dataRegion", value: (t) => t.dataRegion },
  { header: "billingType", value: (t) => t.billingType },
  { header: "apiHost", value: (t) => t.apiHost ?? "(missing)" },
];

/** `centralctl tenants`: the tenants these credentials can reach (a tenant's own credentials: itself). */
export async function tenantsCommand(
  context: CommandContext,
  options: { tenants: string[]; output: OutputFormat },
): Promise<ExitCodeValue> {
  const tenants = await resolveTenants(context, options.tenants);
  const writer = createRecordWriter(options.output, textSinkFor(context.terminal.stdout), TENANT_COLUMNS);
  for (const tenant of tenants) await writer.write(tenant);
  await writer.close();
  return ExitCode.ok;
}
