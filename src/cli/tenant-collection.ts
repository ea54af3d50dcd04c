import type { Tenant } from "../central/types.js";
import { forEachTenant, selectTenants, type TenantClient } from "../central/index.js";
import type { CommandContext } from "./context.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";
import type { Column } from "./output/column.js";
import { openOutDirWriter } from "./output/out-dir.js";
import { SinkError } from "../sinks/record-sink.js";
import { UsageError } from "./cli-error.js";
import { openRecordSink } from "./output/open-record-sink.js";
import { isSinkOutput, type RecordOutput } from "./output/output-format.js";
import { createRecordWriter, type RecordWriter } from "./output/record-writer.js";
import type { SinkFlags } from "./output/sink-flags.js";
import { sinkRecordWriter } from "./output/sink-record-writer.js";
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
   * Read one tenant's records and hand each to `emit`. Durable commands (alerts --poll, siem) await
   * `checkpoint` before committing their cursor: it resolves once everything emitted so far is
   * durable in the output (written to stdout/file, or in a sink's spool).
   */
  collect(
    tenantClient: TenantClient,
    emit: (record: R) => Promise<void>,
    checkpoint: () => Promise<void>,
  ): Promise<void>;
}

/** Where the records go and which tenants are read. */
export interface CollectionTarget {
  tenants: string[];
  output: RecordOutput;
  outDir?: string;
  /** Destination settings for `--output splunk|splunk_trans|webhook`. */
  sink?: SinkFlags;
}

/**
 * Run a collection over the selected tenants concurrently (within the client's limits). A tenant
 * that fails is skipped and reported on stderr while the others finish; the exit code then says the
 * run was partial. With `outDir` each tenant gets its own file, written atomically. With a sink
 * output (Splunk HEC, webhook) every tenant writes into one spooled sink; `emit` resolves once the
 * sink accepted the record, and a sink that stops fails the run with what stays spooled.
 */
export async function runTenantCollection<R extends object>(
  context: CommandContext,
  spec: CollectionSpec<R>,
  target: CollectionTarget,
): Promise<ExitCodeValue> {
  const client = await context.client();
  const tenants = await resolveTenants(context, target.tenants);
  const fileFormat = isSinkOutput(target.output) ? undefined : target.output;
  if (target.outDir && !fileFormat) {
    throw new UsageError(
      `--out-dir writes files; use it with --output ndjson, json, csv or table, not ${target.output}`,
    );
  }
  const shared = target.outDir ? undefined : await sharedWriter(context, spec, target);
  let finishedTenants = 0;
  let records = 0;
  const tick = (): void =>
    context.progress.update(`${spec.kind}: ${finishedTenants}/${tenants.length} tenants, ${records} records`);

  const report = await forEachTenant(tenants, async (tenant) => {
    const tenantClient = client.forTenant(tenant);
    const writer =
      target.outDir && fileFormat
        ? await openOutDirWriter(target.outDir, spec.kind, tenant.id, fileFormat, spec.columns)
        : undefined;
    const out: RecordWriter<Attributed<R>> | undefined = writer ?? shared;
    try {
      await spec.collect(
        tenantClient,
        async (record) => {
          await out?.write(attribute(record, tenant));
          records += 1;
          if (records % 500 === 0) tick();
        },
        async () => {
          await out?.checkpoint?.();
        },
      );
      await writer?.close();
    } catch (error) {
      await writer?.abort();
      throw error;
    } finally {
      finishedTenants += 1;
      tick();
    }
  });
  let closeError: unknown;
  try {
    await shared?.close();
  } catch (error) {
    closeError = error;
  }
  context.progress.done();

  // A stopped sink fails every tenant that was still writing; say it once (closeError), not per tenant.
  const failures = report.failures.filter((failure) => !(failure.error instanceof SinkError));
  if (failures.length > 0) reportTenantFailures(context, failures, tenants.length);
  if (closeError !== undefined) throw closeError;
  if (report.failures.length === 0) return ExitCode.ok;
  return report.failures.length === tenants.length ? ExitCode.failure : ExitCode.partial;
}

async function sharedWriter<R>(
  context: CommandContext,
  spec: CollectionSpec<R>,
  target: CollectionTarget,
): Promise<RecordWriter<Attributed<R>>> {
  const output = target.output;
  if (!isSinkOutput(output)) {
    return createRecordWriter(output, textSinkFor(context.terminal.stdout), spec.columns);
  }
  let opened;
  try {
    opened = await openRecordSink(context, output, target.sink ?? {}, spec.kind);
  } catch (error) {
    if (error instanceof SinkError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  const store = await context.store();
  return sinkRecordWriter<Attributed<R>>(opened.sink, {
    destination: opened.destination,
    storeLocation: store.location,
    note: (line) => {
      if (!context.options.quiet) context.terminal.stderr.write(`centralctl: ${line}\n`);
    },
  });
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
