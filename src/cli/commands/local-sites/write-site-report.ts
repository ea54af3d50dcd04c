import { writeFile } from "node:fs/promises";
import type { CommandContext } from "../../context.js";
import { openOutDirWriter } from "../../output/out-dir.js";
import type { OutputFormat } from "../../output/output-format.js";
import { createRecordWriter } from "../../output/record-writer.js";
import { textSinkFor } from "../../output/text-sink.js";
import { SITE_REPORT_COLUMNS, type SiteReportRow } from "./site-report-row.js";

/**
 * Write the rows through the record writer: to stdout, or with `outDir` one file per tenant,
 * `<kind>-<tenantId>.<ext>`, each renamed into place only when complete. Returns the files written.
 */
export async function writeSiteRows(
  context: CommandContext,
  rows: readonly SiteReportRow[],
  target: { output: OutputFormat; outDir?: string; kind: string },
): Promise<string[]> {
  if (target.outDir === undefined) {
    const writer = createRecordWriter(
      target.output,
      textSinkFor(context.terminal.stdout),
      SITE_REPORT_COLUMNS,
    );
    for (const row of rows) await writer.write(row);
    await writer.close();
    return [];
  }
  const byTenant = new Map<string, SiteReportRow[]>();
  for (const row of rows) byTenant.set(row.tenantId, [...(byTenant.get(row.tenantId) ?? []), row]);
  const paths: string[] = [];
  for (const [tenantId, tenantRows] of byTenant) {
    const writer = await openOutDirWriter(
      target.outDir,
      target.kind,
      tenantId,
      target.output,
      SITE_REPORT_COLUMNS,
    );
    try {
      for (const row of tenantRows) await writer.write(row);
      await writer.close();
    } catch (error) {
      await writer.abort();
      throw error;
    }
    paths.push(writer.path);
  }
  return paths;
}

/** The combined JSON report of `--report-file`: run facts, totals and every row. */
export async function writeReportFile(path: string, report: Record<string, unknown>): Promise<void> {
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
