import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Column } from "./column.js";
import type { OutputFormat } from "./output-format.js";
import { createRecordWriter, type RecordWriter } from "./record-writer.js";
import { textSinkFor } from "./text-sink.js";

const EXTENSION: Record<OutputFormat, string> = { json: "json", ndjson: "ndjson", csv: "csv", table: "txt" };

/**
 * Open `DIR/<kind>-<tenantId>.<ext>` for one tenant's records. The file is written under a temporary
 * name and renamed into place only when complete, so a failed or interrupted run never leaves a
 * truncated file that looks finished.
 */
export async function openOutDirWriter<T>(
  directory: string,
  kind: string,
  tenantId: string,
  format: OutputFormat,
  columns: Column<T>[],
): Promise<RecordWriter<T> & { abort(): Promise<void>; path: string }> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, `${kind}-${tenantId}.${EXTENSION[format]}`);
  const partial = `${path}.partial`;
  const writer = createRecordWriter(format, textSinkFor(createWriteStream(partial), true), columns);
  return {
    path,
    write: (record) => writer.write(record),
    async close() {
      await writer.close();
      await rename(partial, path);
    },
    async abort() {
      await writer.close().catch(() => undefined);
      await rm(partial, { force: true });
    },
  };
}
