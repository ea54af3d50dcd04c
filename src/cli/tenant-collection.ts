import type { Tenant } from "../central/types.js";
import { forEachTenant, selectTenants, type TenantClient } from "../central/index.js";
import type { CommandContext } from "./context.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";
import type { Column } from "./output/column.js";
import { openOutDirWriter } from "./output/out-dir.js";
import type { OutputFormat } from "./output/output-format.js";
import { createRecordWriter, type RecordWriter } from "./output/record-writer.js";
import { textSinkFor } from "./output/text-sink.js";
import { reportTenantFailures } from "./report-tenant-failures.js";

/** A record as written by the connector commands: the API record plus the tenant it came from. */
export type Attributed<R> = R & { tenant: { id: string; name: string } };

/** What one connector command (inventory, alerts, admins, ...) contributes to a collection run. */
export interface CollectionSpec<R> {
  /** File-name part and progress label, e.g. `endpoints`. */
  kind: string;
  columns: Column<Attributed<R>>[];
  /**
   * Read one tenant's records and hand each to `emit`; awaiting `emit` means the record reached the
   * output, which lets durable commands (alerts --poll) commit their cursor afterwards.
   */
  collect(tenantClient: TenantClient, emit: (record: R) => Promise<void>): Promise<void>;
}

/** Where the records go and which tenants are read. */
export interface CollectionTarget {
  tenants: string[];
  output: OutputFormat;
  outDir?: string;
}

/**
 * Run a collection over the selected tenants concurrently (within the client's limits). A tenant
 * that fails is skipped and reported on stderr while the others finish; the exit code then says the
 * run was partial. With `outDir` each tenant gets its own file, written atomically.
 */
export async function runTenantCollection<R extends object>(
  context: CommandContext,
  spec: CollectionSpec<R>,
  target: CollectionTarget,
): Promise<ExitCodeValue> {
  const client = await context.client();
  const tenants = await resolveTenants(context, target.tenants);
  const shared = target.outDir
    ? undefined
    : createRecordWriter(target.output, textSinkFor(context.terminal.stdout), spec.columns);
  let finishedTenants = 0;
  let records = 0;
  const tick = (): void =>
    context.progress.update(`${spec.kind}: ${finishedTenants}/${tenants.length} tenants, ${records} records`);

  const report = await forEachTenant(tenants, async (tenant) => {
    const tenantClient = client.forTenant(tenant);
    const writer = target.outDir
      ? await openOutDirWriter(target.outDir, spec.kind, tenant.id, target.output, spec.columns)
      : undefined;
    const out: RecordWriter<Attributed<R>> | undefined = writer ?? shared;
    try {
      await spec.collect(tenantClient, async (record) => {
        await out?.write(attribute(record, tenant));
        records += 1;
        if (records % 500 === 0) tick();
      });
      await writer?.close();
    } catch (error) {
      await writer?.abort();
      throw error;
    } finally {
      finishedTenants += 1;
      tick();
    }
  });
  await shared?.close();
  context.progress.done();

  if (report.failures.length === 0) return ExitCode.ok;
  reportTenantFailures(context, report.failures, tenants.length);
  return report.failures.length === tenants.length ? ExitCode.failure : ExitCode.partial;
}

/** Every tenant of the caller, or the ones named by `--tenant` (an unknown one is an error). */
export async function resolveTenants(context: CommandContext, wanted: string[]): Promise<Tenant[]> {
  const client = await context.client();
  const all: Tenant[] = [];
  for await (const tenant of client.listTenants()) all.push(tenant);
  return wanted.length > 0 ? selectTenants(all, wanted) : all;
}

function attribute<R extends object>(record: R, tenant: Tenant): Attributed<R> {
  const own = (record as { tenant?: object }).tenant;
  return { ...record, tenant: { ...own, id: tenant.id, name: tenant.name } };
}
